package io.wsmigrate.config;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL driver logs through {@code java.util.logging}, whose default handler prints
 * WARNING and above on stderr, past {@code --quiet}, {@code logging.level: OFF} and the secret
 * masking. Its {@code org.postgresql} loggers are sent to SLF4J instead, under the same names, at
 * the level SLF4J has for them: Logback then filters, masks and prints them like any other.
 */
final class DriverLogging {
    private static final String DRIVER = "org.postgresql";
    /**
     * The driver's logger, taken only when the driver is about to be used ({@link #driverLoading}):
     * the first use of java.util.logging starts its LogManager, which looks through every jar of the
     * classpath for a logging backend, a cost a command that never connects has no reason to pay.
     * java.util.logging keeps loggers weakly: this reference keeps the setup.
     */
    private static Logger driverLogger;
    /** Made with the logger: a java.util.logging handler starts the LogManager too. */
    private static Handler slf4jHandler;
    /** The level the driver's logger is to have; null: leave it as it is. */
    private static Level wanted;
    /** Whether the driver's records go to SLF4J (once routed, they stay routed). */
    private static boolean toSlf4j;
    private static boolean routed;

    private DriverLogging() {
    }

    /**
     * Routes the driver's logging to SLF4J. {@code slf4jLevel} (a Logback level name, null for
     * WARN) is the lowest level configured for the driver's loggers: it produces nothing below it,
     * so its debug messages cost nothing unless asked for. Logback is not started by this.
     */
    static synchronized void route(String slf4jLevel) {
        routed = true;
        toSlf4j = true;
        String level = slf4jLevel == null ? "WARN" : slf4jLevel.strip().toUpperCase(java.util.Locale.ROOT);
        wanted = switch (level) {
            case "ALL", "TRACE" -> Level.ALL;
            case "DEBUG" -> Level.FINE;
            case "INFO" -> Level.INFO;
            case "ERROR" -> Level.SEVERE;
            case "OFF" -> Level.OFF;
            default -> Level.WARNING;
        };
        apply();
    }

    /**
     * A new command starts: its settings have not routed the driver yet, so whatever level an
     * earlier command in this JVM gave it (an embedding application, the docs' tests) is not kept.
     */
    static synchronized void newCommand() {
        routed = false;
        silenceUntilRouted();
    }

    /**
     * Until the settings' logging is applied, the driver logs nothing: a URL parsed while the
     * settings load (a bad port, a broken %-escape) is reported by our own error instead.
     */
    static synchronized void silenceUntilRouted() {
        if (!routed) {
            wanted = Level.OFF;
            apply();
        }
    }

    /**
     * The driver is about to be used: its logger gets the level and routing set so far, and from
     * now on every change at once.
     */
    static synchronized void driverLoading() {
        if (driverLogger == null) {
            driverLogger = Logger.getLogger(DRIVER);
            slf4jHandler = new Slf4jHandler();
        }
        apply();
    }

    private static void apply() {
        if (driverLogger == null || wanted == null) {
            return;
        }
        driverLogger.setUseParentHandlers(false);
        if (toSlf4j && !java.util.Arrays.asList(driverLogger.getHandlers()).contains(slf4jHandler)) {
            driverLogger.addHandler(slf4jHandler);
        }
        driverLogger.setLevel(wanted);
    }

    /** The lowest level the settings give the driver's loggers: its own entries, else the root's. */
    static String levelFor(String rootLevel, java.util.Map<String, String> loggers) {
        String lowest = null;
        for (var entry : loggers.entrySet()) {
            String name = entry.getKey();
            if (name.startsWith(DRIVER) || DRIVER.startsWith(name + ".")) {
                lowest = lowest == null || rank(entry.getValue()) < rank(lowest) ? entry.getValue() : lowest;
            }
        }
        return lowest == null ? rootLevel : lowest;
    }

    private static int rank(String level) {
        return ch.qos.logback.classic.Level.toLevel(level, ch.qos.logback.classic.Level.WARN).levelInt;
    }

    private static final class Slf4jHandler extends Handler {
        @Override
        public void publish(LogRecord record) {
            if (record == null) {
                return;
            }
            org.slf4j.Logger logger = LoggerFactory.getLogger(record.getLoggerName() == null ? DRIVER
                    : record.getLoggerName());
            String message = format(record);
            int level = record.getLevel().intValue();
            if (level >= Level.SEVERE.intValue()) {
                logger.error(message, record.getThrown());
            } else if (level >= Level.WARNING.intValue()) {
                logger.warn(message, record.getThrown());
            } else if (level >= Level.INFO.intValue()) {
                logger.info(message, record.getThrown());
            } else {
                logger.debug(message, record.getThrown());
            }
        }

        private static String format(LogRecord record) {
            String text = record.getMessage() == null ? "" : record.getMessage();
            Object[] parameters = record.getParameters();
            if (parameters == null || parameters.length == 0) {
                return text;
            }
            try {
                return java.text.MessageFormat.format(text, parameters);
            } catch (IllegalArgumentException e) {
                return text;
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}

package io.wsmigrate.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.SubstituteLoggerFactory;

/**
 * Configures Logback from the {@code logging} section before any work starts: a stderr console
 * appender with a short pattern and the levels from the settings, or the Logback XML file that
 * {@code logging.config} names. {@code --verbose} then turns {@code io.wsmigrate} to DEBUG;
 * {@code --quiet} sets the root to ERROR and skips per-logger levels. If both are given, verbose
 * wins: someone debugging wants the output.
 */
public final class LoggingConfigurer {
    public static final String PATTERN = "%-5level %logger{20} - %msg%n";
    static final String TOOL_LOGGER = "io.wsmigrate";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(2);

    private LoggingConfigurer() {
    }

    /**
     * Call before a command line's settings are read: the driver stays silent until that
     * command's logging is applied, not at the level an earlier command in this JVM left.
     */
    public static void beginCommand() {
        DriverLogging.newCommand();
    }

    /**
     * Call before the PostgreSQL driver is first used (a connection, a URL parsed): its
     * java.util.logging logger then gets the level and routing the settings gave it. Until then
     * java.util.logging is left unstarted, which a command that never connects does not pay for.
     */
    public static void beforeDriver() {
        DriverLogging.driverLoading();
    }

    /**
     * Logs the settings' notes at INFO (shown with {@code --verbose}), once logging is configured.
     * Without notes nothing is logged, so Logback does not start for them.
     */
    public static void logNotes(Settings settings) {
        if (!settings.notes().isEmpty()) {
            org.slf4j.Logger log = LoggerFactory.getLogger(LoggingConfigurer.class);
            settings.notes().forEach(log::info);
        }
    }

    public static void apply(LoggingSettings settings, boolean verbose, boolean quiet) {
        apply(settings, verbose, quiet, PendingLogging.process());
    }

    /**
     * Levels are checked now, whether or not Logback has started. The console setup waits for
     * Logback to start, if it has not yet (see {@link PendingLogging}); a Logback XML file is read
     * now, so that its errors are reported before any work starts.
     */
    static void apply(LoggingSettings settings, boolean verbose, boolean quiet, PendingLogging pending) {
        boolean quietOnly = quiet && !verbose;
        if (settings.config() == null) {
            String rootLevel = quietOnly ? "ERROR" : settings.level();
            Map<String, String> loggers = quietOnly ? Map.of() : settings.loggers();
            validate(rootLevel, loggers);
            String driverLevel = DriverLogging.levelFor(rootLevel, loggers);
            Consumer<LoggerContext> console = context -> {
                configureConsole(context, rootLevel, loggers);
                verbose(context, verbose);
                // only now: a connection opening on another thread logs its URL, masked from here on
                DriverLogging.route(driverLevel);
            };
            if (!pending.deferUntilStart(console)) {
                logbackContext().ifPresentOrElse(console, () -> DriverLogging.route(driverLevel));
            }
            return;
        }
        Optional<LoggerContext> logback = logbackContext();
        if (logback.isEmpty()) {
            return; // another SLF4J binding is in charge and configures itself
        }
        LoggerContext context = logback.get();
        configureFromXml(context, settings.config());
        MaskingTurboFilter.install(context);
        if (quietOnly) {
            root(context).setLevel(Level.ERROR);
        }
        DriverLogging.route(quietOnly ? "ERROR" : "DEBUG"); // the XML file's levels decide
        verbose(context, verbose);
    }

    /**
     * Logback's context, or empty when another SLF4J binding is in charge. While another thread is
     * still starting SLF4J, it answers with a stand-in factory: wait for the real one then (briefly:
     * starting takes milliseconds), so that settings applied meanwhile are not lost.
     */
    private static Optional<LoggerContext> logbackContext() {
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        while (factory instanceof SubstituteLoggerFactory && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000); // a millisecond: leave the core to the thread starting it
            factory = LoggerFactory.getILoggerFactory();
        }
        return factory instanceof LoggerContext context ? Optional.of(context) : Optional.empty();
    }

    /**
     * Starts Logback now, on this thread, with the settings' configuration if one waits for it. Call
     * it before starting threads that log at the same time as this one (Hibernate booting here, the
     * embedded server starting there): a thread that logs while another is starting SLF4J has its
     * calls queued and replayed, and SLF4J prints a warning about it on stderr.
     */
    public static void startNow() {
        LoggerFactory.getILoggerFactory();
    }

    private static void verbose(LoggerContext context, boolean verbose) {
        if (verbose) {
            context.getLogger(TOOL_LOGGER).setLevel(Level.DEBUG);
        }
    }

    private static void validate(String rootLevel, Map<String, String> loggers) {
        level(rootLevel, "logging.level");
        loggers.forEach((name, level) -> level(level, "logging.loggers." + name));
    }

    private static void configureConsole(LoggerContext context, String rootLevel, Map<String, String> loggers) {
        validate(rootLevel, loggers); // before touching anything
        Level root = level(rootLevel, "logging.level");
        context.reset();
        MaskingTurboFilter.install(context); // before any appender can print an event
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        root(context).addAppender(appender);
        root(context).setLevel(root);
        loggers.forEach((name, level) -> context.getLogger(name).setLevel(level(level, "logging.loggers." + name)));
    }

    private static void configureFromXml(LoggerContext context, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("logging.config names " + file + ", which does not exist; fix the path"
                    + " (relative to the settings file) or remove logging.config");
        }
        context.reset();
        context.getStatusManager().clear();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        String thrown = null;
        try {
            configurator.doConfigure(file.toFile());
        } catch (JoranException e) {
            thrown = e.getMessage();
        }
        // The first error status carries the detail (line and column); Joran's exception only says "see above".
        String problem = firstError(context).orElse(thrown);
        if (problem != null) {
            // Leave a working stderr setup behind so the error itself can still be reported.
            configureConsole(context, LoggingSettings.DEFAULT.level(), Map.of());
            throw new ConfigException("logging.config " + file + " is not a valid Logback configuration: "
                    + problem.replaceAll("\\.$", "") + "; fix it or remove logging.config");
        }
    }

    private static Optional<String> firstError(LoggerContext context) {
        return context.getStatusManager().getCopyOfStatusList().stream()
                .filter(status -> status.getEffectiveLevel() >= Status.ERROR)
                .map(Status::getMessage)
                .findFirst();
    }

    private static Level level(String name, String key) {
        Level level = name == null ? null : Level.toLevel(name.strip(), null);
        if (level == null) {
            throw new ConfigException(key + " is '" + name + "', not a logging level; use one of "
                    + String.join(", ", LoggingSettings.LEVELS));
        }
        return level;
    }

    private static Logger root(LoggerContext context) {
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}

package io.wsmigrate.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Every log event of a test, whatever ws-migrate does to Logback meanwhile: each run resets the
 * context from the settings, which detaches appenders, so the capture re-attaches itself on reset.
 */
final class LogCapture implements AutoCloseable {
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Listener listener = new Listener();

    LogCapture() {
        appender.setContext(context);
        appender.setName("capture");
        appender.start();
        context.addListener(listener);
        attach();
    }

    /** Reset stops and detaches every appender, this one included: start it again and re-attach it. */
    private void attach() {
        if (!appender.isStarted()) {
            appender.start();
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(appender.getName()) == null) {
            root.addAppender(appender);
        }
    }

    int size() {
        return appender.list.size();
    }

    /** Every message, argument and exception (messages and stack frames) logged so far. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : appender.list) {
            text.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                    .append(event.getFormattedMessage()).append('\n');
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    text.append('\t').append(frame.getSTEAsString()).append('\n');
                }
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        context.removeListener(listener);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
    }

    private final class Listener implements LoggerContextListener {
        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onStart(LoggerContext ignored) {
        }

        @Override
        public void onReset(LoggerContext ignored) {
            attach();
        }

        @Override
        public void onStop(LoggerContext ignored) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }
    }
}

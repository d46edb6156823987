package io.wsmigrate.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * Logback's configuration when it starts: the settings' one if {@link LoggingConfigurer} left it in
 * {@link PendingLogging} (nothing had logged before the settings were read), else warnings only, on
 * stderr, until the settings are applied, so stdout stays for command output and nothing chatty
 * (Hibernate, Liquibase, zonky) runs before configuration. Found by Logback as a service (META-INF/services) before it looks for a
 * {@code logback.xml}; set up in code because parsing XML cost every command over 0.1 s of CPU.
 */
public final class StartupLogging extends ContextAwareBase implements Configurator {
    private final PendingLogging pending;

    /** The one Logback finds and runs. */
    public StartupLogging() {
        this(PendingLogging.process());
    }

    StartupLogging(PendingLogging pending) {
        this.pending = pending;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Optional<Consumer<LoggerContext>> fromSettings = pending.start();
        if (fromSettings.isPresent()) {
            fromSettings.get().accept(context);
        } else {
            warningsOnly(context);
        }
        for (var later = pending.finish(); later.isPresent(); later = pending.finish()) {
            later.get().accept(context);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static void warningsOnly(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(LoggingConfigurer.PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(Level.WARN);
        MaskingTurboFilter.install(context);
    }
}

package io.wsmigrate.config;

import ch.qos.logback.classic.LoggerContext;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The settings' logging configuration, waiting for Logback to start. Logback starts when a library
 * first logs; in {@code current}, {@code heads}, {@code history} or a no-op {@code upgrade} none
 * does, and starting Logback only to set levels cost every such run a few tens of milliseconds.
 * So {@link LoggingConfigurer} leaves the configuration here, and {@link StartupLogging}, which
 * Logback runs when it starts, applies it then.
 */
final class PendingLogging {
    private static final PendingLogging PROCESS = new PendingLogging();

    private boolean started;
    private Consumer<LoggerContext> configuration;

    /** The one of this process, which {@link StartupLogging} reads. */
    static PendingLogging process() {
        return PROCESS;
    }

    /**
     * Keeps {@code configuration} for when Logback starts and returns true, or returns false when
     * it has started already and the caller must apply it now. The last one kept wins.
     */
    synchronized boolean deferUntilStart(Consumer<LoggerContext> configuration) {
        if (started) {
            return false;
        }
        this.configuration = configuration;
        return true;
    }

    /**
     * Logback is starting: the configuration kept for it, if any. Not yet marked started, so that
     * a configuration deferred while Logback starts on another thread is not lost: the starter
     * asks {@link #finish} for it after applying this one.
     */
    synchronized Optional<Consumer<LoggerContext>> start() {
        return take();
    }

    /** A configuration deferred since {@link #start}, to apply too; empty marks Logback started. */
    synchronized Optional<Consumer<LoggerContext>> finish() {
        Optional<Consumer<LoggerContext>> later = take();
        if (later.isEmpty()) {
            started = true;
        }
        return later;
    }

    private Optional<Consumer<LoggerContext>> take() {
        Optional<Consumer<LoggerContext>> kept = Optional.ofNullable(configuration);
        configuration = null;
        return kept;
    }
}

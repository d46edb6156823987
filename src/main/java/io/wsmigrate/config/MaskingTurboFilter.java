package io.wsmigrate.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Masks secrets in every log event before any appender sees it, whichever appenders the settings
 * or a Logback XML file configure: an event whose message, arguments or exception hold a
 * remembered secret ({@link Secrets}) is dropped and logged again with the secret replaced by
 * {@code ****}, its exception as a {@link MaskedThrowable}. Events below the logger's level are
 * not even formatted.
 */
final class MaskingTurboFilter extends TurboFilter {
    private static final String FQCN = MaskingTurboFilter.class.getName();
    private static final ThreadLocal<Boolean> RELOGGING = ThreadLocal.withInitial(() -> false);

    static void install(LoggerContext context) {
        if (context.getTurboFilterList().stream().noneMatch(MaskingTurboFilter.class::isInstance)) {
            MaskingTurboFilter filter = new MaskingTurboFilter();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        Secrets secrets = Secrets.remembered();
        if (format == null || RELOGGING.get() || level.levelInt < logger.getEffectiveLevel().levelInt) {
            return FilterReply.NEUTRAL;
        }
        var formatted = MessageFormatter.arrayFormat(format, params, t);
        String message = formatted.getMessage();
        Throwable thrown = formatted.getThrowable();
        String maskedMessage = secrets.mask(message);
        boolean throwableLeaks = thrown != null && !secrets.mask(trace(thrown)).equals(trace(thrown));
        if (maskedMessage.equals(message) && !throwableLeaks) {
            return FilterReply.NEUTRAL;
        }
        RELOGGING.set(true);
        try {
            logger.log(marker, FQCN, Level.toLocationAwareLoggerInteger(level), maskedMessage, null, thrown == null ? null : MaskedThrowable.of(thrown, secrets));
        } finally {
            RELOGGING.set(false);
        }
        return FilterReply.DENY;
    }

    private static String trace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** An exception's copy with its messages masked; its message starts with the original class. */
    static final class MaskedThrowable extends RuntimeException {
        private MaskedThrowable(String className, String message, MaskedThrowable cause) {
            super(message == null ? className : className + ": " + message, cause, false, true);
        }

        static MaskedThrowable of(Throwable original, Secrets secrets) {
            MaskedThrowable cause = original.getCause() == null || original.getCause() == original ? null
                    : of(original.getCause(), secrets);
            MaskedThrowable copy = new MaskedThrowable(original.getClass().getName(),
                    secrets.mask(original.getMessage()), cause);
            copy.setStackTrace(original.getStackTrace());
            return copy;
        }
    }
}

package io.wsmigrate.maven;

import io.wsmigrate.config.Secrets;

/**
 * A copy of an error whose messages, its causes' included, have the run's secrets masked. Maven
 * prints a failed goal's message, and with {@code -e} the whole chain of causes: a driver's or
 * Hibernate's message may quote a URL or a statement with the password in it. The stack frames are
 * the original's, so {@code -e} still shows where it failed.
 */
final class MaskedError extends Exception {
    private final String originalClass;

    private MaskedError(Throwable original, Throwable maskedCause) {
        super(Secrets.maskRemembered(original.getMessage()), maskedCause, false, true);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /** The masked copy of {@code error} and its causes; null for null. */
    static Throwable of(Throwable error) {
        if (error == null) {
            return null;
        }
        Throwable cause = error.getCause() == error ? null : of(error.getCause());
        return new MaskedError(error, cause);
    }

    /** Reads as the original would: its class and its masked message. */
    @Override
    public String toString() {
        String message = getMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }
}

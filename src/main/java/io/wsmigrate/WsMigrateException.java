package io.wsmigrate;

/**
 * The one exception root. Its message is a complete, single-line sentence for the user: what was
 * wrong and, where possible, what to type next. Foreign exceptions are translated into it once, at
 * the boundary where they arise.
 */
public class WsMigrateException extends RuntimeException {
    private final ExitCode exitCode;

    public WsMigrateException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public WsMigrateException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}

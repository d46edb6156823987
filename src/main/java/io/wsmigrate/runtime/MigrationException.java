package io.wsmigrate.runtime;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;

/**
 * A revision failed while it ran; its transaction was rolled back, earlier revisions stay applied.
 * {@link #failure()} is what failed without what that means for the database, for callers whose
 * database is thrown away (the replay into a scratch database).
 */
public class MigrationException extends WsMigrateException {
    private final String failure;

    public MigrationException(String message, Throwable cause) {
        this(message, "", cause);
    }

    /** {@code failure}, the revision and statement and the server's error, then {@code outcome} for the database. */
    public MigrationException(String failure, String outcome, Throwable cause) {
        super(ExitCode.MIGRATION, failure + outcome, cause);
        this.failure = failure;
    }

    /** The revision and statement that failed and the server's error, without what was rolled back or kept. */
    public String failure() {
        return failure;
    }
}

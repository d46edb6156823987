package io.wsmigrate.runtime;

import java.time.Duration;

/**
 * How a run behaves. {@code lockWait} bounds the wait for another run's advisory lock;
 * {@code ddlLockTimeout} and {@code statementTimeout} are PostgreSQL's {@code lock_timeout} and
 * {@code statement_timeout} for the revisions' statements (null: the server's setting), so a DDL
 * statement blocked by a busy table fails fast instead of queueing every query behind it.
 */
public record MigrationOptions(Duration lockWait, Duration ddlLockTimeout, Duration statementTimeout) {
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(5);

    public MigrationOptions {
        lockWait = lockWait == null ? DEFAULT_LOCK_WAIT : lockWait;
    }

    public static MigrationOptions defaults() {
        return new MigrationOptions(null, null, null);
    }
}

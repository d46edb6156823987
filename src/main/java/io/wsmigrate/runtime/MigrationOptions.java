package io.wsmigrate.runtime;

import java.time.Duration;

/**
 * How a run behaves. {@code lockWait} bounds the wait for another run's advisory lock;
 * {@code ddlLockTimeout} and {@code statementTimeout} are PostgreSQL's {@code lock_timeout} and
 * {@code statement_timeout} for the revisions' statements (null: the server's setting), so a DDL
 * statement blocked by a busy table fails fast instead of queueing every query behind it.
 * {@code singleTransaction} runs all the revisions of the run in one transaction, all or nothing
 * (psql's {@code --single-transaction}, Alembic's default, Flyway's {@code group}), instead of one
 * transaction per revision.
 */
public record MigrationOptions(Duration lockWait, Duration ddlLockTimeout, Duration statementTimeout,
                               boolean singleTransaction) {
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(5);

    public MigrationOptions {
        lockWait = lockWait == null ? DEFAULT_LOCK_WAIT : lockWait;
    }

    /** One transaction per revision. */
    public MigrationOptions(Duration lockWait, Duration ddlLockTimeout, Duration statementTimeout) {
        this(lockWait, ddlLockTimeout, statementTimeout, false);
    }

    public static MigrationOptions defaults() {
        return new MigrationOptions(null, null, null);
    }

    /** These options, with all the revisions of a run in one transaction or not. */
    public MigrationOptions withSingleTransaction(boolean single) {
        return new MigrationOptions(lockWait, ddlLockTimeout, statementTimeout, single);
    }
}

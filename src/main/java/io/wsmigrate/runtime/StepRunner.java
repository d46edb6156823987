package io.wsmigrate.runtime;

import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.revision.Direction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one compiled step: its statements and its version-table rows in one transaction, or, for
 * a non-transactional revision, statement by statement followed by the rows in their own
 * transaction. Every commit but the run's last is asynchronous: a crash can lose only the newest
 * commits and still leaves the database at a revision boundary, and the last, synchronous commit
 * makes the whole run durable. A run that stops before its last commit sends
 * {@link #DURABLE_COMMIT} with its unlock instead ({@link #durableEnd}).
 *
 * <p>Round trips are what a long run of small revisions costs, so the timeouts and asynchronous
 * commits are set once for the session ({@link #sessionSettings}, sent with the lock, undone by
 * {@link #sessionResets}, sent with the unlock) and a step's statements and version-table rows go to the server as one batch. Its COMMIT follows
 * alone, once the batch has succeeded: a client killed before that point leaves nothing committed.
 */
final class StepRunner {
    private static final int STATEMENT_PREVIEW = 160;
    private static final int ROWS_FAILED = -1;
    private static final int NOT_AGAIN = -2;
    private static final Pattern CONCURRENT_INDEX = Pattern.compile(
            "(?i)^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"[^\"]+\"|[\\w.$]+)");

    /**
     * A commit that makes every earlier one of the session durable: its own transaction id gives it a
     * commit record, and a synchronous commit flushes the write-ahead log up to that record, so all
     * asynchronous commits before it too. Sent in autocommit mode, as a run's last statement when it
     * stopped before its last, synchronous commit (a failure, Ctrl-C, a fleet's stop).
     */
    static final String DURABLE_COMMIT = "SELECT pg_catalog.set_config('synchronous_commit', 'on', true),"
            + " pg_catalog.pg_current_xact_id()";

    private static final String SYNCHRONOUS_COMMIT = "SET LOCAL synchronous_commit = on";

    private final Connection connection;
    private final VersionTable table;
    private final MigrationOptions options;
    /** The version table's name as SQL, rendered once for the run's version rows (null without a table). */
    private final String tableSql;
    /** Whether the run has committed asynchronously since its last synchronous commit. */
    private boolean asynchronous;

    StepRunner(Connection connection, VersionTable table, MigrationOptions options) {
        this.connection = connection;
        this.table = table;
        this.options = options;
        this.tableSql = table == null ? null : table.name().sql(); // none for the session settings alone
    }

    /**
     * On a Citus coordinator, every statement of the run touches shards one connection at a time:
     * a revision that changes a distributed and a reference table (or distributes a table and adds its
     * foreign keys) is refused in Citus's default parallel mode. A no-op on plain PostgreSQL.
     */
    static final String CITUS_SEQUENTIAL = citusOnly("SET citus.multi_shard_modify_mode = 'sequential'");
    /**
     * As {@link #CITUS_SEQUENTIAL} for a live session, without compiling a DO block for every target
     * of a fleet; its reset needs no condition: without Citus, PostgreSQL resets a placeholder.
     */
    private static final String CITUS_SEQUENTIAL_SESSION = "SELECT pg_catalog.set_config('citus.multi_shard_modify_mode',"
            + " 'sequential', false) FROM pg_catalog.pg_extension WHERE extname = 'citus'";

    private static String citusOnly(String statement) {
        return "DO $ws$BEGIN IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN "
                + statement + "; END IF; END$ws$";
    }

    /**
     * A client killed while its statements run must not leave them running to their end: the server
     * looks for its client every second while it works (PostgreSQL 14+), notices it gone, and rolls
     * back. Set by name, not looked up in pg_settings, which costs more than a small revision.
     */
    private static final String CLIENT_CHECK = "client_connection_check_interval";
    private static final int CLIENT_CHECK_SINCE = 14;

    /**
     * The run's timeouts, commits, client checks and Citus mode for the session: sent with the
     * migration lock (see {@link Migrator}), in autocommit mode, so they cost no round trip of their own.
     */
    List<String> sessionSettings() {
        List<String> settings = timeoutSettings("SET ");
        settings.add("SET synchronous_commit = off");
        if (checksClient()) {
            settings.add("SET " + CLIENT_CHECK + " = 1000");
        }
        settings.add(CITUS_SEQUENTIAL_SESSION);
        return settings;
    }

    /** What puts the {@link #sessionSettings} back: sent with the unlock. */
    List<String> sessionResets() {
        List<String> resets = new ArrayList<>();
        for (String setting : timeoutSettings("")) {
            resets.add("RESET " + setting.substring(0, setting.indexOf(' ')));
        }
        resets.add("RESET synchronous_commit");
        if (checksClient()) {
            resets.add("RESET " + CLIENT_CHECK);
        }
        resets.add("RESET citus.multi_shard_modify_mode");
        return resets;
    }

    /** Whether the server has {@link #CLIENT_CHECK}: its version is known to the driver, no round trip. */
    private boolean checksClient() {
        try {
            return connection.getMetaData().getDatabaseMajorVersion() >= CLIENT_CHECK_SINCE;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * What a run that stops now must still send ({@link #DURABLE_COMMIT}) so that what it committed
     * asynchronously is durable; nothing after its last, synchronous commit, or before any commit.
     */
    List<String> durableEnd() {
        return asynchronous ? List.of(DURABLE_COMMIT) : List.of();
    }

    /** Puts the session settings back on their own; quietly, so that it never hides the run's own error. */
    void endSession() {
        try {
            Transactions.rollbackQuietly(connection);
            connection.setAutoCommit(true);
            Transactions.executeTogether(connection, sessionResets());
        } catch (SQLException ignored) {
            // a broken connection: the session ends with it
        }
    }

    /**
     * Runs the step and returns how long its statements took, in milliseconds. With
     * {@code createVersionTable}, a transactional step first creates the version table in its own
     * transaction, so that both are rolled back together.
     */
    /**
     * {@code afterCommit} (the unlock) goes with a transactional step's COMMIT, in its round trip,
     * and does not run when the COMMIT fails.
     */
    long run(CompiledStep step, RowChanges rows, boolean last, boolean createVersionTable, List<String> afterCommit) {
        if (!afterCommit.isEmpty() && !step.transactional()) {
            throw new IllegalArgumentException("only a transactional step's COMMIT takes statements along");
        }
        return step.transactional() ? runInTransaction(step, rows, last, createVersionTable, afterCommit)
                : runWithoutTransaction(step, rows, last);
    }

    /** The step's version-table rows; the run's last commit is synchronous, making all of it durable. */
    private List<String> recording(RowChanges rows, Long millis, boolean last) {
        List<String> statements = new ArrayList<>();
        addRecording(statements, rows.sql(table.name(), millis), last);
        return statements;
    }

    private static void addRecording(List<String> statements, List<String> rowStatements, boolean last) {
        if (last) {
            statements.add(SYNCHRONOUS_COMMIT);
        }
        statements.addAll(rowStatements);
    }

    private long runInTransaction(CompiledStep step, RowChanges rows, boolean last, boolean createVersionTable,
                                  List<String> afterCommit) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot start the transaction of revision " + step.revisionId(), e);
        }
        if (createVersionTable) {
            try {
                Transactions.execute(connection, table.createStatements());
            } catch (SQLException e) {
                Transactions.rollbackQuietly(connection);
                throw DatabaseException.of("cannot create the version table " + table.name(), e);
            }
        }
        return runBatched(step, rows, last, afterCommit);
    }

    /**
     * A transactional step: its statements and its version rows in one round trip instead of one
     * per statement (a fleet of a thousand targets runs each step a thousand times), then the
     * COMMIT alone: in the same batch the server would commit it even after the client was killed.
     * The server reports one error for the batch, without saying which statement it came from: the
     * statements are run again one by one in a transaction that is rolled back, and the first that
     * fails is the one named; when none fails, the rows were the cause.
     */
    private long runBatched(CompiledStep step, RowChanges rows, boolean last, List<String> afterCommit) {
        long start = System.nanoTime();
        List<String> all = new ArrayList<>(step.statements().size() + 3);
        all.addAll(step.statements());
        addRecording(all, rows.sqlTimedByServer(tableSql), last);
        try {
            Transactions.executeTogether(connection, all);
            commit(afterCommit);
            asynchronous = !last;
        } catch (SQLException e) {
            Transactions.rollbackQuietly(connection);
            int failed = failedStatement(step, e);
            throw failed >= 0 ? statementFailure(step, failed, e, true)
                    : failed == ROWS_FAILED ? new MigrationException(failure(step, "while recording it in "
                            + table.name(), e), "; it was rolled back", e)
                    : new MigrationException(failure(step, "at one of its " + step.statements().size()
                            + " statements (the error did not happen again alone)", e),
                            "; it was rolled back and earlier revisions stay applied" + hint(e), e);
        } finally {
            Transactions.autoCommitQuietly(connection);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The COMMIT, and {@code afterCommit} in its round trip: run only when it succeeds, since the
     * server skips the rest of a round trip after an error.
     */
    private void commit(List<String> afterCommit) throws SQLException {
        if (afterCommit.isEmpty()) {
            connection.commit();
            return;
        }
        List<String> statements = new ArrayList<>();
        statements.add("COMMIT");
        statements.addAll(afterCommit);
        Transactions.executeTogether(connection, statements);
    }

    /**
     * Which of the step's statements failed: its index, {@link #ROWS_FAILED} when the version rows
     * did, {@link #NOT_AGAIN} when no statement fails again. A timeout, a deadlock or a lost
     * connection of a one-statement step is the statement's (the rows touch only the version table,
     * under the run's lock), and so is a lost connection of any step (nothing can run again on it);
     * otherwise the statements run again, one by one, in a transaction that is rolled back.
     */
    private int failedStatement(CompiledStep step, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean transientFailure = state.startsWith("08") || state.startsWith("57") || state.startsWith("40")
                || state.equals("55P03");
        if (transientFailure && (step.statements().size() == 1 || state.startsWith("08"))) {
            return 0;
        }
        int failed = -1;
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (failed = 0; failed < step.statements().size(); failed++) {
                    s.execute(step.statements().get(failed));
                }
            }
            // all ran again: the rows failed, unless it was a timeout or deadlock that has passed
            return transientFailure ? NOT_AGAIN : ROWS_FAILED;
        } catch (SQLException again) {
            return Math.max(failed, 0);
        } finally {
            Transactions.rollbackQuietly(connection);
        }
    }

    private long runWithoutTransaction(CompiledStep step, RowChanges rows, boolean last) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot prepare the session for revision " + step.revisionId(), e);
        }
        asynchronous = true; // its progress row and statements commit one by one
        Progress progress = new Progress(connection, table);
        try {
            progress.start(step, step.step().direction() == Direction.UPGRADE ? "upgrade" : "downgrade");
        } catch (SQLException e) {
            throw DatabaseException.of("cannot record the progress of revision " + step.revisionId(), e);
        }
        long millis = executeStatements(step, progress);
        List<String> record = recording(rows, millis, last);
        record.addAll(progress.clearSql());
        Transactions.inTransaction(connection, () -> Transactions.executeTogether(connection, record),
                "recording revision " + step.revisionId() + " in " + table.name());
        asynchronous = !last;
        return millis;
    }

    /** A non-transactional step's statements, each followed by its progress row (see {@link Progress}). */
    private long executeStatements(CompiledStep step, Progress progress) {
        long start = System.nanoTime();
        List<String> statements = step.statements();
        try (Statement s = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    s.execute(statements.get(i));
                } catch (SQLException e) {
                    Transactions.rollbackQuietly(connection);
                    progress.forgetQuietly(); // the message below says which statements ran
                    throw statementFailure(step, i, e, false);
                }
                progress.advance(i + 1);
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot run revision " + step.revisionId(), e);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private MigrationException statementFailure(CompiledStep step, int index, SQLException e, boolean transactional) {
        List<String> statements = step.statements();
        String where = "at statement " + (index + 1) + " of " + statements.size() + " `" + preview(statements.get(index))
                + "`";
        String outcome = transactional ? "; it was rolled back and earlier revisions stay applied"
                : "; the revision is non-transactional: statements before this one stay applied,"
                        + " repair them by hand, then rerun" + invalidIndexHint(statements.get(index));
        return new MigrationException(failure(step, where, e), outcome + hint(e), e);
    }

    private List<String> timeoutSettings(String prefix) {
        List<String> settings = new ArrayList<>();
        if (options.ddlLockTimeout() != null) {
            settings.add(prefix + "lock_timeout = " + options.ddlLockTimeout().toMillis());
        }
        if (options.statementTimeout() != null) {
            settings.add(prefix + "statement_timeout = " + options.statementTimeout().toMillis());
        }
        return settings;
    }

    private static String failure(CompiledStep step, String where, SQLException e) {
        String verb = step.step().direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        return verb + " of revision " + step.revisionId() + " (" + step.source() + ") failed " + where + ": "
                + DatabaseException.describe(e);
    }

    /** What to do about the failures a production database typically gives a migration. */
    private String hint(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state.equals("55P03")) {
            return "; another session holds a lock on a table it changes and lock_timeout ("
                    + seconds(options.ddlLockTimeout()) + ") ran out, so it gave up instead of blocking that table's"
                    + " traffic: retry when traffic is lower, or raise database.lock_timeout or --ddl-lock-timeout";
        }
        if (state.equals("57014") && message.contains("statement timeout")) {
            return "; it ran longer than statement_timeout (" + seconds(options.statementTimeout())
                    + "): raise database.statement_timeout or --statement-timeout";
        }
        return "";
    }

    /**
     * A failed {@code CREATE INDEX CONCURRENTLY} leaves an INVALID index behind, which a rerun
     * would trip over ("already exists") or, with IF NOT EXISTS, silently keep.
     */
    private static String invalidIndexHint(String statement) {
        Matcher m = CONCURRENT_INDEX.matcher(statement);
        return m.find() ? "; it left the INVALID index " + m.group(1) + " behind: DROP INDEX CONCURRENTLY "
                + m.group(1) + " first" : "";
    }

    private static String seconds(Duration timeout) {
        if (timeout == null) {
            return "the server's setting";
        }
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String preview(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= STATEMENT_PREVIEW ? oneLine : oneLine.substring(0, STATEMENT_PREVIEW) + "...";
    }
}

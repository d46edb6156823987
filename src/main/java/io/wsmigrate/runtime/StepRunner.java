package io.wsmigrate.runtime;

import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.revision.Direction;
import io.wsmigrate.schema.Identifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

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
 * {@link #sessionResets}, sent with the unlock) and a step's statements and version-table rows go
 * to the server as one batch. Its COMMIT is not in that batch (the server would commit it even
 * after the client was killed) but at the head of the next step's ({@code COMMIT; BEGIN;
 * statements; rows}): a client killed before that batch leaves the step uncommitted, and the run
 * saves a round trip per step. The run's last step commits alone, with the unlock; a run that
 * stops between steps commits the open one first ({@link #commitOpen}). {@link Commits} hears of
 * each step once its COMMIT succeeded, which is what the run reports as applied.
 */
final class StepRunner {
    private static final int STATEMENT_PREVIEW = 160;
    private static final int ROWS_FAILED = -1;
    private static final int NOT_AGAIN = -2;
    private static final int READ_BACK_ATTEMPTS = 3;
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

    /** Told of each step whose COMMIT succeeded: the steps a run has applied, in order. */
    interface Commits {
        /** {@code millis}: how long the client waited for the step's batch (and its COMMIT when alone). */
        void committed(CompiledStep step, long millis);
    }

    private final Connection connection;
    private final VersionTable table;
    private final MigrationOptions options;
    /** The version table's name as SQL, rendered once for the run's version rows (null without a table). */
    private final String tableSql;
    /** Whether the run has committed asynchronously since its last synchronous commit. */
    private boolean asynchronous;
    /** The step whose transaction is open, its statements and rows run: its COMMIT heads the next batch. */
    private CompiledStep open;
    /** How long {@link #open}'s batch took, in milliseconds. */
    private long openMillis;

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
     * Runs the step; {@code commits} hears of it, and of the open step before it, once committed.
     * A transactional step stays open for the next step's batch to commit, unless it is the run's
     * {@code last} or {@code afterCommit} (the unlock) is to go with its COMMIT, in its round trip
     * (not run when the COMMIT fails). With {@code createVersionTable}, a transactional step first
     * creates the version table in its own transaction, so that both are rolled back together.
     */
    void run(CompiledStep step, RowChanges rows, boolean last, boolean createVersionTable, List<String> afterCommit,
             Commits commits) {
        if (!afterCommit.isEmpty() && !step.transactional()) {
            throw new IllegalArgumentException("only a transactional step's COMMIT takes statements along");
        }
        if (step.transactional()) {
            runInTransaction(step, rows, last, createVersionTable, afterCommit, commits);
        } else {
            commitOpen(commits); // a non-transactional step starts on what came before, committed
            runWithoutTransaction(step, rows, last, commits);
        }
    }

    /**
     * Commits the open step, if any, alone: a run that stops between steps (Ctrl-C, a fleet's stop,
     * its plan's end) keeps what it ran. A COMMIT that fails is the open step's failure.
     */
    void commitOpen(Commits commits) {
        if (open == null) {
            return;
        }
        CompiledStep step = open;
        open = null;
        commit(step, openMillis, false, List.of(), commits);
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

    private void runInTransaction(CompiledStep step, RowChanges rows, boolean last, boolean createVersionTable,
                                  List<String> afterCommit, Commits commits) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot start the transaction of revision " + step.revisionId(), e);
        }
        if (createVersionTable) {
            try {
                Transactions.execute(connection, table.createStatements());
            } catch (SQLException e) {
                Transactions.endQuietly(connection);
                throw DatabaseException.of("cannot create the version table " + table.name(), e);
            }
        }
        long millis = runBatched(step, rows, last, commits);
        if (last || !afterCommit.isEmpty()) {
            commit(step, millis, last, afterCommit, commits);
        } else {
            open = step;
            openMillis = millis;
        }
    }

    /**
     * A transactional step: the open step's COMMIT, then its own statements and version rows in
     * one round trip instead of one per statement (a fleet of a thousand targets runs each step a
     * thousand times), with an explicit BEGIN after that COMMIT, since the driver sends one only
     * before a batch that starts outside a transaction. Returns how long it took, in milliseconds.
     *
     * <p>The server reports one error for the batch, without saying which statement it came from.
     * When the batch started with the open step's COMMIT, {@link #openCommitted} first tells
     * whether that COMMIT failed (then the open step did) or took (then this step failed). This
     * step's statements are run again one by one in a transaction that is rolled back, and the
     * first that fails is the one named; when none fails, the rows were the cause.
     */
    private long runBatched(CompiledStep step, RowChanges rows, boolean last, Commits commits) {
        long start = System.nanoTime();
        CompiledStep previous = open;
        open = null;
        List<String> all = new ArrayList<>(step.statements().size() + 5);
        if (previous != null) {
            all.add("COMMIT");
            all.add("BEGIN");
        }
        all.addAll(step.statements());
        addRecording(all, rows.sqlTimedByServer(tableSql), last);
        try {
            Transactions.executeTogether(connection, all);
        } catch (SQLException e) {
            Boolean previousCommitted = previous == null ? null : openCommitted(previous, e);
            Transactions.endQuietly(connection);
            if (previous != null) {
                if (Boolean.TRUE.equals(previousCommitted)) {
                    committed(previous, openMillis, commits);
                } else if (previousCommitted != null) {
                    throw commitFailure(previous, e);
                } else if (!lost(e)) {
                    throw new MigrationException(failure(previous, "at its COMMIT (or revision " + step.revisionId()
                            + " at its start)", e), "; whether revision " + previous.revisionId() + " stayed applied"
                            + " could not be read back: `ws-migrate current` shows it", e);
                }
                // a lost connection: the server rolled back whichever it had not committed
            }
            MigrationException failure = batchFailure(step, e);
            Transactions.autoCommitQuietly(connection);
            throw failure;
        }
        if (previous != null) {
            committed(previous, openMillis, commits);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private MigrationException batchFailure(CompiledStep step, SQLException e) {
        int failed = failedStatement(step, e);
        return failed >= 0 ? statementFailure(step, failed, e, true)
                : failed == ROWS_FAILED ? new MigrationException(failure(step, "while recording it in "
                        + table.name(), e), "; it was rolled back", e)
                : new MigrationException(failure(step, "at one of its " + step.statements().size()
                        + " statements (the error did not happen again alone)", e),
                        "; it was rolled back and earlier revisions stay applied" + hint(e), e);
    }

    private void committed(CompiledStep step, long millis, Commits commits) {
        asynchronous = true;
        commits.committed(step, millis);
    }

    /**
     * Whether the open step's COMMIT, at the head of a batch that failed, took effect. A
     * transaction left aborted says yes: the BEGIN after the COMMIT ran, so the COMMIT did, and the
     * error is the next step's. Otherwise the COMMIT failed (a deferred constraint, a serialization
     * failure) or the BEGIN was cancelled: the open step's row in the version table, read again,
     * tells which. Null when it cannot be told: the connection broke, or the read failed.
     */
    private Boolean openCommitted(CompiledStep previous, SQLException e) {
        try {
            if (connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.FAILED) {
                return true;
            }
        } catch (SQLException notTheDriver) {
            // a connection of another driver: the version table says
        }
        if (lost(e)) {
            return null;
        }
        Transactions.rollbackQuietly(connection);
        String sql = "SELECT pg_catalog.count(*) FROM " + tableSql + " WHERE version_num OPERATOR(pg_catalog.=) "
                + Identifiers.literal(previous.revisionId());
        for (int attempt = 1; ; attempt++) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return (rs.getInt(1) > 0) == (previous.step().direction() == Direction.UPGRADE);
            } catch (SQLException unread) {
                Transactions.rollbackQuietly(connection);
                // Ctrl-C cancels whatever runs until the run stops: a read cancelled so is tried again
                if (!"57014".equals(unread.getSQLState()) || attempt == READ_BACK_ATTEMPTS) {
                    // the version table the open step created went with its failed COMMIT
                    return "42P01".equals(unread.getSQLState()) ? false : null;
                }
            }
        }
    }

    private boolean lost(SQLException e) {
        return ConnectionLostException.isLost(e, connection);
    }

    /**
     * The step's COMMIT, alone or with {@code afterCommit} in its round trip: those run only when
     * it succeeds, since the server skips the rest of a round trip after an error.
     */
    private void commit(CompiledStep step, long batchMillis, boolean last, List<String> afterCommit, Commits commits) {
        long start = System.nanoTime();
        try {
            if (afterCommit.isEmpty()) {
                connection.commit();
            } else {
                List<String> statements = new ArrayList<>();
                statements.add("COMMIT");
                statements.addAll(afterCommit);
                Transactions.executeTogether(connection, statements);
            }
        } catch (SQLException e) {
            Transactions.rollbackQuietly(connection);
            throw commitFailure(step, e);
        } finally {
            Transactions.autoCommitQuietly(connection);
        }
        asynchronous = !last;
        commits.committed(step, batchMillis + (System.nanoTime() - start) / 1_000_000);
    }

    /** The step's COMMIT failed: a deferred constraint, a serialization failure, a lost connection. */
    private MigrationException commitFailure(CompiledStep step, SQLException e) {
        return new MigrationException(failure(step, "at its COMMIT", e),
                "; it was rolled back and earlier revisions stay applied" + hint(e), e);
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

    private void runWithoutTransaction(CompiledStep step, RowChanges rows, boolean last, Commits commits) {
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
        commits.committed(step, millis);
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
        String where = atStatement(step, index);
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

    /** Where in {@code step} a failure happened: its statement {@code index}, counted from 0, shown shortened. */
    static String atStatement(CompiledStep step, int index) {
        return "at statement " + (index + 1) + " of " + step.statements().size() + " `"
                + preview(step.statements().get(index)) + "`";
    }

    /** The step that failed, {@code where} in it, and the server's error, as a failure message begins. */
    static String failure(CompiledStep step, String where, SQLException e) {
        String verb = step.step().direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        return verb + " of revision " + step.revisionId() + " (" + step.source() + ") failed " + where + ": "
                + DatabaseException.describe(e);
    }

    private String hint(SQLException e) {
        return timeoutHint(e, options);
    }

    /** What to do about the failures a production database typically gives a migration: its timeouts. */
    static String timeoutHint(SQLException e, MigrationOptions options) {
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

package io.wsmigrate.runtime;

import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.revision.Direction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one compiled step: its statements and its version-table rows in one transaction, or, for
 * a non-transactional revision, statement by statement followed by the rows in their own
 * transaction. Every commit but the run's last is asynchronous: a crash can lose only the newest
 * commits and still leaves the database at a revision boundary, and the last, synchronous commit
 * makes the whole run durable.
 *
 * <p>Round trips are what a long run of small revisions costs, so the timeouts and asynchronous
 * commits are set once for the session ({@link #startSession}, undone by {@link #endSession}) and a
 * step's version-table rows go to the server as one batch.
 */
final class StepRunner {
    private static final int STATEMENT_PREVIEW = 160;

    private final Connection connection;
    private final VersionTable table;
    private final MigrationOptions options;

    StepRunner(Connection connection, VersionTable table, MigrationOptions options) {
        this.connection = connection;
        this.table = table;
        this.options = options;
    }

    /** Sets the run's timeouts and asynchronous commits for the session, in one round trip. */
    void startSession() {
        List<String> settings = timeoutSettings("SET ");
        settings.add("SET synchronous_commit = off");
        try {
            connection.setAutoCommit(true);
            Transactions.executeTogether(connection, settings);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot prepare the session for the run", e);
        }
    }

    /** Puts the session settings back; quietly, so that it never hides the run's own error. */
    void endSession() {
        List<String> resets = new ArrayList<>();
        for (String setting : timeoutSettings("")) {
            resets.add("RESET " + setting.substring(0, setting.indexOf(' ')));
        }
        resets.add("RESET synchronous_commit");
        try {
            Transactions.rollbackQuietly(connection);
            connection.setAutoCommit(true);
            Transactions.executeTogether(connection, resets);
        } catch (SQLException ignored) {
            // a broken connection: the session ends with it
        }
    }

    /** Runs the step and returns how long its statements took, in milliseconds. */
    long run(CompiledStep step, RowChanges rows, boolean last) {
        return step.transactional() ? runInTransaction(step, rows, last) : runWithoutTransaction(step, rows, last);
    }

    /** The step's version-table rows; the run's last commit is synchronous, making all of it durable. */
    private List<String> recording(RowChanges rows, Long millis, boolean last) {
        List<String> statements = new ArrayList<>();
        if (last) {
            statements.add("SET LOCAL synchronous_commit = on");
        }
        statements.addAll(rows.sql(table.name(), millis));
        return statements;
    }

    private long runInTransaction(CompiledStep step, RowChanges rows, boolean last) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot start the transaction of revision " + step.revisionId(), e);
        }
        long millis = executeStatements(step, true);
        try {
            Transactions.executeTogether(connection, recording(rows, millis, last));
            connection.commit();
        } catch (SQLException e) {
            Transactions.rollbackQuietly(connection);
            throw new MigrationException(failure(step, "while recording it in " + table.name(), e)
                    + "; it was rolled back", e);
        } finally {
            Transactions.autoCommitQuietly(connection);
        }
        return millis;
    }

    private long runWithoutTransaction(CompiledStep step, RowChanges rows, boolean last) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot prepare the session for revision " + step.revisionId(), e);
        }
        long millis = executeStatements(step, false);
        Transactions.inTransaction(connection,
                () -> Transactions.executeTogether(connection, recording(rows, millis, last)),
                "recording revision " + step.revisionId() + " in " + table.name());
        return millis;
    }

    private long executeStatements(CompiledStep step, boolean transactional) {
        long start = System.nanoTime();
        List<String> statements = step.statements();
        try (Statement s = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    s.execute(statements.get(i));
                } catch (SQLException e) {
                    Transactions.rollbackQuietly(connection);
                    String where = "at statement " + (i + 1) + " of " + statements.size() + " `"
                            + preview(statements.get(i)) + "`";
                    String outcome = transactional ? "; it was rolled back and earlier revisions stay applied"
                            : "; the revision is non-transactional: statements before this one stay applied,"
                                    + " repair them by hand, then rerun";
                    throw new MigrationException(failure(step, where, e) + outcome + hint(e), e);
                }
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot run revision " + step.revisionId(), e);
        }
        return (System.nanoTime() - start) / 1_000_000;
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

    private static String hint(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("55P03")) {
            return "; a table it changes is busy: retry when traffic is lower, or raise database.lock_timeout";
        }
        if (state.equals("57014")) {
            return "; it ran past database.statement_timeout";
        }
        if (state.startsWith("08") || state.equals("57P01")) {
            return "; the connection was lost: the server rolled the open transaction back; rerun to continue";
        }
        return "";
    }

    private static String preview(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= STATEMENT_PREVIEW ? oneLine : oneLine.substring(0, STATEMENT_PREVIEW) + "...";
    }
}

package io.wsmigrate.runtime;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.db.Interruption;
import io.wsmigrate.liquibase.ChangeSql;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.revision.VersionTableChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A run in one transaction ({@link MigrationOptions#singleTransaction}): all its steps and their
 * version rows, then one COMMIT. Since nothing commits before the end, the steps go to the server
 * many at a time, {@link #GROUP_STEPS} per round trip, instead of one round trip per step: the
 * server never waits for the client between them. The COMMIT is still sent only after every
 * statement came back, so a client killed or stopped at any point leaves the database exactly as
 * it was before the run, and a failure rolls back the whole run.
 *
 * <p>The version rows of all steps are written after the last ({@link RunRows}), each with its own
 * step's time ({@code execution_ms}), measured by the server between marks set at the steps'
 * starts and ends, since the steps of a round trip cannot be timed apart by the client.
 */
final class SingleTransactionRun {
    /** Steps per round trip: enough that the round trips cost nothing next to the statements. */
    static final int GROUP_STEPS = 32;
    /** A round trip's text stops growing at about this many characters (a step is never split). */
    private static final int GROUP_CHARACTERS = 64 * 1024;
    private static final String SYNCHRONOUS_COMMIT = "SET LOCAL synchronous_commit = on";

    private final Connection connection;
    private final VersionTable table;
    private final RevisionMap map;
    private final MigrationListener listener;
    private final MigrationOptions options;
    private final String tableSql;
    /** Whether the run's first round trip creates the version table. */
    private boolean createsTable;

    SingleTransactionRun(Connection connection, VersionTable table, RevisionMap map, MigrationOptions options,
                         MigrationListener listener) {
        this.connection = connection;
        this.table = table;
        this.map = map;
        this.options = options;
        this.listener = listener;
        this.tableSql = table.name().sql();
    }

    /**
     * A step as sent: the mark of its start (and before a step that resets every setting, the rows
     * of the steps before it), its statements, then the version rows: the whole run's, after its
     * last step ({@link RunRows}), none after the others. {@code own}: the rows a run revision by
     * revision would write after it, to find whose the run's rows failed on.
     */
    private record Sent(CompiledStep step, List<String> start, List<String> rows, RowChanges own) {
    }

    /** Whether one of the step's statements is {@code RESET ALL}, which resets the marks too. */
    private static boolean resetsAllSettings(CompiledStep step) {
        for (String statement : step.statements()) {
            if (ChangeSql.resetsAllSettings(statement)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a run that has a non-transactional step, before anything runs: its statements (a
     * {@code CREATE INDEX CONCURRENTLY}) cannot run inside a transaction block.
     */
    static void requireTransactional(List<CompiledStep> steps) {
        for (CompiledStep step : steps) {
            requireTransactional(step, "nothing was run");
        }
    }

    /** {@code outcome}: what the refusal leaves, in a few words. */
    private static void requireTransactional(CompiledStep step, String outcome) {
        if (!step.transactional()) {
            throw new MigrationException("revision " + step.revisionId() + " (" + step.source() + ") is"
                    + " `transactional: false`, so it cannot run inside one transaction; " + outcome + ": run"
                    + " each revision in its own transaction (--no-single-transaction, or"
                    + " migrations.single_transaction: false in the settings), or up to the revision before it"
                    + " in one transaction and on from there in one per revision", null);
        }
    }

    /**
     * Step {@code i}, as the run reaches it ({@link StepCompiler#compileAhead}: its file may be read
     * only now). A bad file, or a non-transactional revision, rolls back what was sent before it.
     */
    private CompiledStep next(StepCompiler.Ahead steps, int i, boolean sentAny, AppliedSteps applied) {
        try {
            CompiledStep step = steps.get(i);
            requireTransactional(step, sentAny ? "the run was rolled back whole, and nothing was applied"
                    : "nothing was run");
            return step;
        } catch (RuntimeException e) {
            Transactions.endQuietly(connection);
            if (!sentAny || !(e instanceof WsMigrateException bad) || e instanceof MigrationException) {
                throw e;
            }
            throw new WsMigrateException(bad.exitCode(), e.getMessage() + "; the run was one transaction"
                    + " (--single-transaction): the revisions before it were rolled back, and the database is as"
                    + " it was before the run" + heads(applied), e);
        }
    }

    /**
     * Runs the steps; {@code applied} hears of them all once the COMMIT succeeded, with the unlock
     * {@code afterCommit} in its round trip. {@code durable}: the COMMIT is synchronous (a fleet's
     * prepared session makes its commits durable at its end instead). Returns false when the run was
     * stopped before its end ({@link MigrationListener#stopRequested}): nothing of it is applied then.
     */
    boolean run(StepCompiler.Ahead steps, boolean createTable, boolean durable, List<String> afterCommit,
                AppliedSteps applied) {
        long start = System.nanoTime();
        createsTable = createTable;
        requireTransactional(steps.known()); // those known already: before anything runs
        List<List<String>> sent = new ArrayList<>();
        List<Sent> all = new ArrayList<>();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(null, e, lost(e), applied);
        }
        List<String> group = new ArrayList<>();
        List<Sent> groupSteps = new ArrayList<>();
        RunRows rows = new RunRows();
        int characters = 0;
        if (createTable) {
            group.addAll(table.createStatements());
        }
        for (int i = 0; i < steps.size(); i++) {
            if (groupSteps.isEmpty() && stopped(applied)) {
                return false;
            }
            CompiledStep step = next(steps, i, !sent.isEmpty(), applied);
            VersionTableChange change = map.change(applied.headsAfterRun(), step.step());
            RowChanges own = Bookkeeping.forStep(change, step.step(), step.checksum());
            List<String> stepStart = new ArrayList<>(List.of(RunRows.mark(i)));
            if (i > 0 && resetsAllSettings(step)) {
                // it wipes the marks: the rows of the steps before it go first, with their times
                stepStart.addAll(rows.sqlSoFar(tableSql, i));
                stepStart.add(RunRows.mark(i));
            }
            rows.add(i, own);
            listener.stepStarted(step.step());
            applied.running(step, change);
            boolean last = i == steps.size() - 1;
            Sent sentStep = new Sent(step, stepStart, last ? rows.sqlAtEnd(tableSql, steps.size()) : List.of(), own);
            group.addAll(sentStep.start());
            group.addAll(step.statements());
            group.addAll(sentStep.rows());
            groupSteps.add(sentStep);
            all.add(sentStep);
            for (String statement : step.statements()) {
                characters += statement.length();
            }
            if (last && durable) {
                group.add(SYNCHRONOUS_COMMIT);
            }
            if (last || groupSteps.size() == GROUP_STEPS || characters >= GROUP_CHARACTERS) {
                if (!last) {
                    // the step's end, in its own round trip: the client's time until the next is no step's
                    group.add(RunRows.mark(i + 1));
                }
                send(group, groupSteps, sent, all, applied);
                sent.add(group);
                group = new ArrayList<>();
                groupSteps = new ArrayList<>();
                characters = 0;
            }
        }
        commit(all, afterCommit, applied, start);
        return true;
    }

    /**
     * Whether the run is to stop before its next round trip's steps start: Ctrl-C (a {@link RunInterrupted}) or a
     * fleet's stop (false returned by {@link #run}). Either way what ran is rolled back.
     */
    private boolean stopped(AppliedSteps applied) {
        requireNotInterrupted(applied);
        if (listener.stopRequested()) {
            Transactions.endQuietly(connection);
            return true;
        }
        return false;
    }

    /**
     * Rolls back and stops on Ctrl-C or SIGTERM: checked before each round trip and before the COMMIT
     * too, since a signal that arrives while no statement runs cancels nothing on the server.
     */
    private void requireNotInterrupted(AppliedSteps applied) {
        Optional<Interruption.Kind> signal = Interruption.received();
        if (signal.isPresent()) {
            Transactions.endQuietly(connection);
            throw interrupted(signal.get(), applied, null);
        }
    }

    /**
     * After a round trip failed: rolls the run back, and stops it as interrupted when Ctrl-C or
     * SIGTERM caused the failure. Returns whether the connection was lost.
     */
    private boolean rolledBack(SQLException e, AppliedSteps applied) {
        Optional<Interruption.Kind> signal = Interruption.received();
        boolean lost = lost(e);
        Transactions.endQuietly(connection);
        if (signal.isPresent()) {
            throw interrupted(signal.get(), applied, e);
        }
        return lost;
    }

    private void send(List<String> group, List<Sent> groupSteps, List<List<String>> sent, List<Sent> all,
                      AppliedSteps applied) {
        requireNotInterrupted(applied);
        try {
            Transactions.executeTogether(connection, group);
        } catch (SQLException e) {
            if (rolledBack(e, applied)) {
                throw failure(null, e, true, applied);
            }
            Failed failed = diagnose(sent, groupSteps);
            if (failed != null && failed.index() == RUN_ROWS && Interruption.received().isEmpty()) {
                failed = whoseRowsFail(all);
            }
            if (lost(e)) { // the connection broke during the diagnosis: what failed then says nothing
                failed = null;
            }
            Transactions.autoCommitQuietly(connection);
            Optional<Interruption.Kind> signal = Interruption.received();
            if (signal.isPresent()) { // it cancelled the diagnosis: the statement that failed then is not the one
                throw interrupted(signal.get(), applied, e);
            }
            throw failure(failed, e, false, applied);
        }
    }

    /** The run's COMMIT, with the unlock; then every step is applied, each with its share of the time. */
    private void commit(List<Sent> all, List<String> afterCommit, AppliedSteps applied, long start) {
        requireNotInterrupted(applied);
        List<String> statements = new ArrayList<>();
        statements.add("COMMIT");
        statements.addAll(afterCommit);
        try {
            Transactions.executeTogether(connection, statements);
        } catch (SQLException e) {
            boolean lost = rolledBack(e, applied);
            CompiledStep broken = lost ? null : leftBroken(all);
            Optional<Interruption.Kind> signal = Interruption.received();
            if (signal.isPresent()) {
                throw interrupted(signal.get(), applied, e);
            }
            if (broken != null) {
                throw failure(new Failed(broken, AT_COMMIT), e, false, applied);
            }
            MigrationException failed = new MigrationException("the COMMIT of the run (one transaction,"
                    + " --single-transaction) failed: " + DatabaseException.describe(e), "; it was"
                    + " rolled back whole, and the database is as it was before the run" + heads(applied), e);
            throw lost ? ConnectionLostException.translate(failed, connection) : failed;
        } finally {
            Transactions.autoCommitQuietly(connection);
        }
        // the client cannot time the steps of one round trip apart: each gets an equal share, the
        // total is the run's (the version table has each step's own time, measured by the server)
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (int i = 0; i < all.size(); i++) {
            long share = millis / all.size() + (i == all.size() - 1 ? millis % all.size() : 0);
            applied.committed(all.get(i).step(), share);
        }
    }

    /** {@link Failed#index} of a step's own version rows, which the run's rows failed on. */
    private static final int ROWS = -1;
    /** {@link Failed#index} of the run's version rows, written after its last step. */
    private static final int RUN_ROWS = -3;
    /** {@link Failed#index} of a step that left a deferred constraint broken, found by the run's COMMIT. */
    private static final int AT_COMMIT = -2;

    /** The statement that failed: its step and index, or {@link #ROWS}, {@link #RUN_ROWS} or {@link #AT_COMMIT}. */
    private record Failed(CompiledStep step, int index) {
    }

    /**
     * Which step left broken the deferred constraint that failed the run's COMMIT, where a
     * per-revision run names the revision whose COMMIT failed. The run is sent again step by step,
     * in a transaction that is rolled back, and after each step the deferred constraints are checked
     * ({@code SET CONSTRAINTS ALL IMMEDIATE}) in a savepoint rolled back at once, which leaves them
     * deferred. The step named is the first of the failed checks that last to the end, since a later
     * step may put right what an earlier one broke. Null when no check fails or the steps cannot run.
     */
    private CompiledStep leftBroken(List<Sent> all) {
        CompiledStep broken = null;
        try {
            connection.setAutoCommit(false);
            if (createsTable) {
                Transactions.execute(connection, table.createStatements());
            }
            try (Statement s = connection.createStatement()) {
                for (Sent part : all) {
                    List<String> statements = new ArrayList<>();
                    statements.addAll(part.start());
                    statements.addAll(part.step().statements());
                    statements.addAll(part.rows());
                    statements.add("SAVEPOINT ws_migrate_check");
                    Transactions.executeTogether(connection, statements);
                    try {
                        s.execute("SET CONSTRAINTS ALL IMMEDIATE");
                        broken = null;
                    } catch (SQLException violated) {
                        broken = broken == null ? part.step() : broken;
                    }
                    s.execute("ROLLBACK TO SAVEPOINT ws_migrate_check");
                }
            }
            return broken;
        } catch (SQLException | RuntimeException unknown) {
            return null;
        } finally {
            Transactions.endQuietly(connection);
        }
    }

    /**
     * Which statement of the failed round trip failed: the server reports one error for it without
     * saying. The earlier round trips are sent again, then the failed one's statements one by one,
     * in a transaction that is rolled back; null when nothing failed again (a timeout or deadlock
     * that passed) or the diagnosis itself could not run.
     */
    private Failed diagnose(List<List<String>> sent, List<Sent> groupSteps) {
        try {
            connection.setAutoCommit(false);
            for (List<String> earlier : sent) {
                Transactions.executeTogether(connection, earlier);
            }
            if (sent.isEmpty() && createsTable) {
                Transactions.execute(connection, table.createStatements());
            }
            try (Statement s = connection.createStatement()) {
                for (Sent part : groupSteps) {
                    Transactions.execute(connection, part.start());
                    List<String> statements = part.step().statements();
                    for (int i = 0; i < statements.size(); i++) {
                        try {
                            s.execute(statements.get(i));
                        } catch (SQLException again) {
                            return new Failed(part.step(), i);
                        }
                    }
                    try {
                        Transactions.execute(connection, part.rows());
                    } catch (SQLException again) {
                        return new Failed(part.step(), RUN_ROWS);
                    }
                }
            }
            return null;
        } catch (SQLException | RuntimeException unknown) {
            return null;
        } finally {
            Transactions.rollbackQuietly(connection);
        }
    }

    /**
     * Which step's rows the run's rows failed on (a step that changed the version table), named as
     * a run revision by revision names it: the run is sent again with each step's own rows after it,
     * in a transaction that is rolled back. The run's rows as such when no step's fail so.
     */
    private Failed whoseRowsFail(List<Sent> all) {
        try {
            connection.setAutoCommit(false);
            if (createsTable) {
                Transactions.execute(connection, table.createStatements());
            }
            for (Sent part : all) {
                Transactions.executeTogether(connection, part.step().statements());
                try {
                    Transactions.execute(connection, part.own().sql(tableSql, "NULL"));
                } catch (SQLException failed) {
                    return new Failed(part.step(), ROWS);
                }
            }
        } catch (SQLException | RuntimeException unknown) {
            // the run's rows as such, below
        } finally {
            Transactions.rollbackQuietly(connection);
        }
        return new Failed(all.get(all.size() - 1).step(), RUN_ROWS);
    }

    /** {@code lost}: the connection broke with {@code e} (not later, while the failure was diagnosed). */
    private RuntimeException failure(Failed failed, SQLException e, boolean lost, AppliedSteps applied) {
        String outcome = "; the run was one transaction (--single-transaction): it was rolled back whole, and the"
                + " database is as it was before the run" + heads(applied) + hint(e) + StepRunner.timeoutHint(e, options);
        if (failed == null) {
            CompiledStep running = applied.lastUncommitted();
            CompiledStep first = applied.firstUncommitted();
            String which = running == null ? "before its first revision"
                    : first == running ? "in revision " + running.revisionId() + " (" + running.source() + ")"
                    : "in one of the revisions it sent last, up to " + running.revisionId() + " (" + running.source()
                    + ")";
            if (lost) {
                return new ConnectionLostException("the connection to the database was lost " + which + ": "
                        + DatabaseException.describe(e) + "; the run was one transaction"
                        + " (--single-transaction) and had not committed, so the server rolls it back whole: the"
                        + " database is as it was before the run" + heads(applied) + "; rerun the same command", e);
            }
            return new MigrationException("the run failed " + which + ": "
                    + DatabaseException.describe(e), outcome, e);
        }
        String where = failed.index() == ROWS ? "while recording it in " + table.name()
                : failed.index() == RUN_ROWS ? "while recording the run's revisions in " + table.name()
                : failed.index() == AT_COMMIT ? "at the run's COMMIT, with a deferred constraint it left broken"
                : StepRunner.atStatement(failed.step(), failed.index());
        return new MigrationException(StepRunner.failure(failed.step(), where, e), outcome, e);
    }

    private static RunInterrupted interrupted(Interruption.Kind kind, AppliedSteps applied, Throwable cause) {
        return RunInterrupted.ofSingleTransaction(kind, applied.heads(), cause);
    }

    private static String heads(AppliedSteps applied) {
        Set<String> heads = applied.heads();
        return " (" + (heads.isEmpty() ? "base" : String.join(", ", heads)) + ")";
    }

    /** One transaction for a whole run holds a lock on each table it changes until its end. */
    private static String hint(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if ("53200".equals(e.getSQLState()) || message.contains("max_locks_per_transaction")) {
            return "; one transaction holds a lock on every table the run changes until it ends: raise the"
                    + " server's max_locks_per_transaction, or run each revision in its own transaction"
                    + " (--no-single-transaction, or migrations.single_transaction: false in the settings)";
        }
        return "";
    }

    private boolean lost(SQLException e) {
        return ConnectionLostException.isLost(e, connection);
    }
}

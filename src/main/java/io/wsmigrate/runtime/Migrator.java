package io.wsmigrate.runtime;

import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.db.Interruption;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.revision.Step;
import io.wsmigrate.revision.VersionTableChange;
import io.wsmigrate.schema.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs upgrades, downgrades and stamps against one connection, under the package's advisory lock:
 * the state is read after the lock is taken, so concurrent runs apply each revision exactly once.
 */
public final class Migrator {
    private final Connection connection;
    private final VersionTable table;
    private final RevisionMap map;
    private final StepCompiler compiler;
    private final StateCheck stateCheck;
    private final MigrationOptions options;
    private final MigrationListener listener;
    private final List<String> sessionSetup;
    private final boolean sessionPrepared;
    private final boolean tableKnown;

    public Migrator(Connection connection, VersionTable table, RevisionMap map, StepCompiler compiler,
                    StateCheck stateCheck, MigrationOptions options, MigrationListener listener) {
        this(connection, table, map, compiler, stateCheck, options, listener, List.of(), false, false);
    }

    private Migrator(Connection connection, VersionTable table, RevisionMap map, StepCompiler compiler,
                     StateCheck stateCheck, MigrationOptions options, MigrationListener listener,
                     List<String> sessionSetup, boolean sessionPrepared, boolean tableKnown) {
        this.connection = connection;
        this.table = table;
        this.map = map;
        this.compiler = compiler;
        this.stateCheck = stateCheck;
        this.options = options;
        this.listener = listener;
        this.sessionSetup = List.copyOf(sessionSetup);
        this.sessionPrepared = sessionPrepared;
        this.tableKnown = tableKnown;
    }

    /**
     * This migrator, sending {@code statements} (a tenant's {@code SET search_path}) before
     * anything else of the run, in the round trip that takes the lock.
     */
    public Migrator settingUp(List<String> statements) {
        return new Migrator(connection, table, map, compiler, stateCheck, options, listener, statements,
                sessionPrepared, tableKnown);
    }

    /**
     * This migrator, on a connection that already carries the {@link #sessionSettings} (a fleet's
     * worker sets them once for all its targets): they are neither sent with the lock nor reset.
     * All its commits are asynchronous, the last too: the session's owner makes them durable with
     * {@link #sessionEnd} before the connection closes, one synchronous commit for all its runs.
     */
    public Migrator inPreparedSession() {
        return new Migrator(connection, table, map, compiler, stateCheck, options, listener, sessionSetup, true,
                tableKnown);
    }

    /**
     * This migrator, told that the version table exists (a fleet asked all its tenants at once): its
     * rows are read in the lock's round trip. Were it gone after all, that costs a round trip more.
     */
    public Migrator knowingTableExists() {
        return new Migrator(connection, table, map, compiler, stateCheck, options, listener, sessionSetup,
                sessionPrepared, true);
    }

    /**
     * The session settings a run of steps needs (timeouts, asynchronous commits, client checks,
     * Citus's mode), for a connection that serves several runs ({@link #inPreparedSession}).
     */
    public static List<String> sessionSettings(Connection connection, MigrationOptions options) {
        return new StepRunner(connection, null, options).sessionSettings();
    }

    /**
     * What a connection prepared with {@link #sessionSettings} sends last, whether its runs ended,
     * failed or were stopped: one synchronous commit, which makes all their commits durable.
     */
    public static List<String> sessionEnd() {
        return List.of(StepRunner.DURABLE_COMMIT);
    }

    public RunResult upgrade(String target) {
        StepRunner runner = new StepRunner(connection, table, options);
        return locked(runner, (opened, lock) -> {
            VersionState state = checked(opened.state());
            return run(opened, map.upgradePlan(state.heads(), target), runner, lock);
        });
    }

    public RunResult downgrade(String target) {
        StepRunner runner = new StepRunner(connection, table, options);
        return locked(runner, (opened, lock) -> {
            VersionState state = opened.state();
            stateCheck.requireKnown(state);
            List<Step> steps = map.downgradePlan(state.heads(), target);
            stateCheck.warnChanged(state, steps.stream().map(Step::id).collect(Collectors.toSet()), listener);
            return run(opened, steps, runner, lock);
        });
    }

    /** Moves the version table to {@code targets} without running any revision. */
    public RunResult stamp(List<String> targets, boolean purge, Function<String, String> checksums) {
        return locked(null, (opened, lock) -> {
            VersionState state = purge ? opened.state() : checked(opened.state());
            // with purge the rows may name revisions no script has: resolve targets without them
            Set<String> current = purge ? Set.of() : state.heads();
            Set<String> resolved = new LinkedHashSet<>();
            for (String target : targets) {
                resolved.addAll(map.resolve(target, current));
            }
            Set<String> newHeads = map.headsAfterStamp(purge ? Set.of() : state.heads(), resolved, purge);
            RowChanges rows = Bookkeeping.forStamp(map, state, newHeads, purge, checksums);
            table.ensureExists(connection);
            List<String> statements = new ArrayList<>(rows.sql(table.name(), null));
            Progress progress = new Progress(connection, table);
            if (progress.read().isPresent()) {
                statements.addAll(progress.clearSql()); // the user has put the half-applied revision right
            }
            Transactions.inTransaction(connection, () -> Transactions.execute(connection, statements),
                    "stamping " + String.join(", ", resolved));
            return new RunResult(List.of(), state.heads(), newHeads);
        });
    }

    public VersionState current() {
        return table.read(connection);
    }

    private VersionState checked(VersionState state) {
        stateCheck.verify(state, listener);
        return state;
    }

    private RunResult run(VersionTable.Opened opened, List<Step> steps, StepRunner runner, AdvisoryLock lock) {
        VersionState state = opened.state();
        AppliedSteps applied = new AppliedSteps(state.heads(), listener);
        if (options.singleTransaction() && !steps.isEmpty()) {
            // a revision left half applied comes first: no run, in one transaction or not, may go on
            new Progress(connection, table).requireNoneInterrupted(opened.progressTableExists());
            // A failure anywhere rolls the run back whole, so its first steps may run before the
            // last files were read. Not a fleet's: its workers share the compiling, which the first
            // target then does for all before anything runs.
            try (StepCompiler.Ahead compiled = sessionPrepared ? compiler.compileNow(steps)
                    : compiler.compileAhead(steps)) {
                return runInOneTransaction(compiled, !opened.exists(), lock, runner, applied, state);
            }
        }
        List<CompiledStep> compiled = compiler.compile(steps);
        // A new version table is created in the first revision's transaction, so a first revision
        // that fails leaves the database exactly as it was; only a non-transactional one needs it first.
        boolean createTable = !compiled.isEmpty() && !opened.exists();
        new Progress(connection, table).requireNoneInterrupted(opened.progressTableExists());
        if (createTable && !compiled.get(0).transactional()) {
            table.ensureExists(connection);
            createTable = false;
        }
        for (int i = 0; i < compiled.size(); i++) {
            CompiledStep step = compiled.get(i);
            Optional<Interruption.Kind> signal = Interruption.received();
            if (signal.isPresent()) {
                Interruption.acknowledge(); // the COMMIT of what ran is the stop's own: not to be cancelled
                commitOpen(runner, applied);
                throw RunInterrupted.of(signal.get(), null, applied.done(), applied.heads(), null);
            }
            if (listener.stopRequested()) {
                break;
            }
            if (!step.transactional()) {
                // it starts on what came before, committed: a failure of that COMMIT is the revision before's
                commitOpen(runner, applied);
            }
            VersionTableChange change = map.change(applied.headsAfterRun(), step.step());
            RowChanges rows = Bookkeeping.forStep(change, step.step(), step.checksum());
            listener.stepStarted(step.step());
            boolean last = i == compiled.size() - 1;
            // the last transactional step's COMMIT takes the unlock (and the session resets) along
            List<String> afterCommit = last && step.transactional() ? lock.releasing(sessionResets(runner)) : List.of();
            applied.running(step, change);
            try {
                // in a prepared session, the last commit too is asynchronous: the session's owner
                // makes them all durable at its end (see inPreparedSession)
                runner.run(step, rows, last && !sessionPrepared, createTable && i == 0, afterCommit, applied);
                if (!afterCommit.isEmpty()) {
                    lock.released();
                }
            } catch (RuntimeException e) {
                throw failure(e, applied);
            }
        }
        commitOpen(runner, applied); // a stopped fleet's target: what ran stays
        return new RunResult(applied.done(), state.heads(), applied.heads());
    }

    /**
     * The steps in one transaction ({@link SingleTransactionRun}); the unlock and session resets go
     * with its COMMIT. A fleet's stop before the end rolls it back: nothing of it is applied.
     */
    private RunResult runInOneTransaction(StepCompiler.Ahead compiled, boolean createTable, AdvisoryLock lock,
                                          StepRunner runner, AppliedSteps applied, VersionState state) {
        List<String> afterCommit = lock.releasing(sessionResets(runner));
        boolean finished;
        try {
            finished = new SingleTransactionRun(connection, table, map, options, listener)
                    .run(compiled, createTable, !sessionPrepared, afterCommit, applied);
        } catch (MigrationException e) {
            throw e; // a failing revision's, though the connection broke after it: the run tells them apart
        } catch (RuntimeException e) {
            throw ConnectionLostException.translate(e, connection);
        }
        if (finished) {
            lock.released();
        }
        return new RunResult(applied.done(), state.heads(), applied.heads());
    }

    private void commitOpen(StepRunner runner, AppliedSteps applied) {
        try {
            runner.commitOpen(applied);
        } catch (RuntimeException e) {
            throw failure(e, applied);
        }
    }

    /**
     * A runner's failure, as a stop or a lost connection where that is what it was. A stop names the
     * step it rolled back: the first not committed (the one running, or the one before it, whose
     * COMMIT headed the running one's batch and failed). A lost connection names the step that was
     * running: whether the COMMIT at the head of its batch took cannot be told, and the message
     * says only that the database is at the last committed revision.
     */
    private RuntimeException failure(RuntimeException e, AppliedSteps applied) {
        Optional<Interruption.Kind> stopped = Interruption.received();
        if (stopped.isPresent()) {
            return RunInterrupted.of(stopped.get(), applied.firstUncommitted(), applied.done(), applied.heads(), e);
        }
        CompiledStep running = applied.lastUncommitted();
        return running == null ? ConnectionLostException.translate(e, connection)
                : ConnectionLostException.translate(e, connection, running);
    }

    /** The work of a run under the lock, given the version table as read under it. */
    private interface LockedWork {
        RunResult apply(VersionTable.Opened opened, AdvisoryLock lock);
    }

    /**
     * The work, given the version table as read under the lock (after the lock, so never stale).
     * The session setup and, for a run of steps, {@code runner}'s session settings go with the lock,
     * and so does the first read of the version table; their resets go with the unlock: a target of
     * a fleet costs three round trips fewer.
     */
    private RunResult locked(StepRunner runner, LockedWork work) {
        try {
            List<String> setup = new ArrayList<>(sessionSetup);
            if (runner != null) {
                if (!sessionPrepared) {
                    setup.addAll(runner.sessionSettings());
                }
                Transactions.autoCommitQuietly(connection);
            }
            AdvisoryLock.Held<VersionTable.Opened> held = lock(setup, runner);
            AdvisoryLock lock = held.lock();
            try {
                VersionTable.Opened opened = held.firstRead() != null ? held.firstRead() : table.open(connection);
                listener.stateRead(opened.state());
                return work.apply(opened, lock);
            } finally {
                endTransaction();
                lock.close(closing(runner));
            }
        } catch (MigrationException e) {
            throw e; // a run's failure, told apart from a lost connection where it happened (see failure)
        } catch (RuntimeException e) {
            throw ConnectionLostException.translate(e, connection);
        }
    }

    /**
     * What the unlock takes along: the session resets and, for a run that stopped before its last,
     * synchronous commit (a failure, an interruption, a fleet's stop), a commit that makes its
     * asynchronous commits durable all the same.
     */
    private List<String> closing(StepRunner runner) {
        List<String> statements = new ArrayList<>(sessionResets(runner));
        if (runner != null && !sessionPrepared) {
            statements.addAll(runner.durableEnd());
        }
        return statements;
    }

    private List<String> sessionResets(StepRunner runner) {
        return runner == null || sessionPrepared ? List.of() : runner.sessionResets();
    }

    /** The lock; when it cannot be taken, the session settings sent with the attempt are put back. */
    private AdvisoryLock.Held<VersionTable.Opened> lock(List<String> setup, StepRunner runner) {
        QualifiedName name = table.name();
        AdvisoryLock.FirstRead<VersionTable.Opened> opening = table.opening(connection, tableKnown);
        try {
            return name.isDefaultSchema()
                    ? AdvisoryLock.acquire(connection, name.toString(), name.sql(), options.lockWait(), setup, opening)
                    : AdvisoryLock.acquireQualified(connection, name.schema(), name.name(), options.lockWait(), setup,
                            opening);
        } catch (RuntimeException e) {
            if (runner != null && !sessionPrepared) {
                runner.endSession();
            }
            throw e;
        }
    }

    /**
     * An aborted transaction would make the unlock fail: end it first. Never throws: it runs while
     * the run's own failure is on its way out, and a failure here (a broken connection) means the
     * server ends the transaction and the session's lock by itself.
     */
    private void endTransaction() {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            listener.warning("could not end the open transaction after the run (" + DatabaseException.describe(e)
                    + "); the server rolls it back when the connection closes");
        }
    }

    /** One applied step: what ran, from which file, how long it took. */
    public record StepResult(Step step, String source, long millis) {
    }

    /** The steps applied and the heads before and after. */
    public record RunResult(List<StepResult> steps, Set<String> headsBefore, Set<String> headsAfter) {
        public RunResult {
            steps = List.copyOf(steps);
            headsBefore = Set.copyOf(headsBefore);
            headsAfter = Set.copyOf(headsAfter);
        }
    }
}

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

    public Migrator(Connection connection, VersionTable table, RevisionMap map, StepCompiler compiler,
                    StateCheck stateCheck, MigrationOptions options, MigrationListener listener) {
        this(connection, table, map, compiler, stateCheck, options, listener, List.of());
    }

    private Migrator(Connection connection, VersionTable table, RevisionMap map, StepCompiler compiler,
                     StateCheck stateCheck, MigrationOptions options, MigrationListener listener,
                     List<String> sessionSetup) {
        this.connection = connection;
        this.table = table;
        this.map = map;
        this.compiler = compiler;
        this.stateCheck = stateCheck;
        this.options = options;
        this.listener = listener;
        this.sessionSetup = List.copyOf(sessionSetup);
    }

    /**
     * This migrator, sending {@code statements} (a tenant's {@code SET search_path}) before
     * anything else of the run, in the round trip that takes the lock.
     */
    public Migrator settingUp(List<String> statements) {
        return new Migrator(connection, table, map, compiler, stateCheck, options, listener, statements);
    }

    public RunResult upgrade(String target) {
        StepRunner runner = new StepRunner(connection, table, options);
        return locked(runner, opened -> {
            VersionState state = checked(opened.state());
            return run(opened, map.upgradePlan(state.heads(), target), runner);
        });
    }

    public RunResult downgrade(String target) {
        StepRunner runner = new StepRunner(connection, table, options);
        return locked(runner, opened -> {
            VersionState state = opened.state();
            stateCheck.requireKnown(state);
            List<Step> steps = map.downgradePlan(state.heads(), target);
            stateCheck.warnChanged(state, steps.stream().map(Step::id).collect(Collectors.toSet()), listener);
            return run(opened, steps, runner);
        });
    }

    /** Moves the version table to {@code targets} without running any revision. */
    public RunResult stamp(List<String> targets, boolean purge, Function<String, String> checksums) {
        return locked(null, opened -> {
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

    private RunResult run(VersionTable.Opened opened, List<Step> steps, StepRunner runner) {
        VersionState state = opened.state();
        List<CompiledStep> compiled = compiler.compile(steps);
        // A new version table is created in the first revision's transaction, so a first revision
        // that fails leaves the database exactly as it was; only a non-transactional one needs it first.
        boolean createTable = !compiled.isEmpty() && !opened.exists();
        if (createTable && !compiled.get(0).transactional()) {
            table.ensureExists(connection);
            createTable = false;
        }
        new Progress(connection, table).requireNoneInterrupted(opened.progressTableExists());
        Set<String> heads = new LinkedHashSet<>(state.heads());
        List<StepResult> done = new ArrayList<>();
        for (int i = 0; i < compiled.size(); i++) {
            CompiledStep step = compiled.get(i);
            Optional<Interruption.Kind> signal = Interruption.received();
            if (signal.isPresent()) {
                throw RunInterrupted.of(signal.get(), null, done, heads, null);
            }
            if (listener.stopRequested()) {
                break;
            }
            VersionTableChange change = map.change(heads, step.step());
            RowChanges rows = Bookkeeping.forStep(change, step.step(), step.checksum());
            listener.stepStarted(step.step());
            long millis;
            try {
                millis = runner.run(step, rows, i == compiled.size() - 1, createTable && i == 0);
            } catch (RuntimeException e) {
                Optional<Interruption.Kind> stopped = Interruption.received();
                throw stopped.isPresent() ? RunInterrupted.of(stopped.get(), step, done, heads, e)
                        : ConnectionLostException.translate(e, connection, step);
            }
            listener.stepFinished(step.step(), millis);
            heads = applyHeads(heads, change);
            done.add(new StepResult(step.step(), step.source(), millis));
        }
        return new RunResult(done, state.heads(), heads);
    }

    private static Set<String> applyHeads(Set<String> heads, VersionTableChange change) {
        Set<String> next = new LinkedHashSet<>(heads);
        next.removeAll(change.delete());
        next.addAll(change.insert());
        return next;
    }

    /**
     * The work, given the version table as read under the lock (after the lock, so never stale).
     * The session setup and, for a run of steps, {@code runner}'s session settings go with the lock,
     * and their resets with the unlock: a target of a fleet costs two round trips fewer.
     */
    private RunResult locked(StepRunner runner, Function<VersionTable.Opened, RunResult> work) {
        try {
            List<String> setup = new ArrayList<>(sessionSetup);
            if (runner != null) {
                setup.addAll(runner.sessionSettings());
                Transactions.autoCommitQuietly(connection);
            }
            AdvisoryLock lock = lock(setup, runner);
            try {
                VersionTable.Opened opened = table.open(connection);
                listener.stateRead(opened.state());
                return work.apply(opened);
            } finally {
                endTransaction();
                lock.close(runner == null ? List.of() : runner.sessionResets());
            }
        } catch (RuntimeException e) {
            throw ConnectionLostException.translate(e, connection);
        }
    }

    /** The lock; when it cannot be taken, the session settings sent with the attempt are put back. */
    private AdvisoryLock lock(List<String> setup, StepRunner runner) {
        QualifiedName name = table.name();
        try {
            return name.isDefaultSchema()
                    ? AdvisoryLock.acquire(connection, name.toString(), name.sql(), options.lockWait(), setup)
                    : AdvisoryLock.acquireQualified(connection, name.schema(), name.name(), options.lockWait(), setup);
        } catch (RuntimeException e) {
            if (runner != null) {
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

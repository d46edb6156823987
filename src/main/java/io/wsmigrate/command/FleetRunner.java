package io.wsmigrate.command;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.db.Interruption;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.VersionState;
import io.wsmigrate.runtime.VersionTable;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one piece of work on every target of a fleet, {@code jobs} at a time, a connection per
 * worker. After the first failure no new target starts (unless {@code keepGoing}); running ones
 * stop at their next revision boundary. Each target's work is exactly a single-database run.
 */
final class FleetRunner {
    /** The work on one target; a failure is thrown and becomes the target's one-line error. */
    interface Work {
        Outcome run(FleetTarget target, Connection connection, MigrationListener listener);

        /**
         * The target's outcome when it is already known (read for the whole fleet at once), so the
         * target needs no connection of its own; null when {@link #run} must find it. May throw,
         * as {@code run} may.
         */
        default Outcome known(FleetTarget target) {
            return null;
        }

        /**
         * Whether {@link #run} sets a schema target's {@code search_path} itself, with its first
         * statement; otherwise the connection comes with it set.
         */
        default boolean setsSearchPath() {
            return false;
        }

        /**
         * Session settings for {@link #run} that stay from target to target: sent once on each
         * worker's connection (again after a failure replaced it).
         */
        default List<String> sessionSettings(Connection connection) {
            return List.of();
        }

        /**
         * What a connection that carries the {@link #sessionSettings} sends before it closes (at
         * the worker's end, after a failure or a stop): a durable commit for asynchronous ones.
         */
        default List<String> sessionEnd() {
            return List.of();
        }
    }

    /**
     * Where a target went: its heads before and after, whether it reached the goal, and a read-only
     * command's one-line finding (null when none).
     */
    record Outcome(Set<String> from, Set<String> to, TargetResult.Status status, String finding) {
        Outcome(Set<String> from, Set<String> to, TargetResult.Status status) {
            this(from, to, status, null);
        }
    }

    private final Project project;
    private final FleetOptions options;
    private final FleetListener listener;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    FleetRunner(Project project, FleetOptions options, FleetListener listener) {
        this.project = project;
        this.options = options;
        this.listener = listener;
    }

    int jobs(int targets) {
        Integer configured = options.jobs() != null ? options.jobs() : project.settings().targets().jobs();
        return Math.max(1, Math.min(targets, configured != null ? configured : FleetOptions.DEFAULT_JOBS));
    }

    List<TargetResult> run(List<FleetTarget> targets, Work work) {
        TargetResult[] results = new TargetResult[targets.size()];
        AtomicInteger next = new AtomicInteger();
        int jobs = jobs(targets.size());
        ExecutorService workers = Executors.newFixedThreadPool(jobs, r -> {
            Thread thread = new Thread(r, "ws-migrate-fleet");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < jobs; w++) {
                running.add(workers.submit(() -> work(targets, results, next, work)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        List<TargetResult> list = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            list.add(results[i] != null ? results[i] : TargetResult.notStarted(targets.get(i)));
        }
        return list;
    }

    private void work(List<FleetTarget> targets, TargetResult[] results, AtomicInteger next, Work work) {
        try (TargetConnections connections = new TargetConnections(project, work.sessionEnd())) {
            for (int i = next.getAndIncrement(); i < targets.size(); i = next.getAndIncrement()) {
                FleetTarget target = targets.get(i);
                results[i] = runOne(target, connections, work);
                boolean ok = results[i].status().reachedGoal() || results[i].status() == TargetResult.Status.BEHIND;
                (ok ? done : failed).incrementAndGet();
                listener.targetFinished(results[i], new FleetListener.Progress(done.get(), failed.get(),
                        targets.size() - done.get() - failed.get(), targets.size()));
            }
        }
    }

    private TargetResult runOne(FleetTarget target, TargetConnections connections, Work work) {
        long start = System.nanoTime();
        AtomicReference<Set<String>> readBefore = new AtomicReference<>();
        MigrationListener perTarget = new MigrationListener() {
            @Override
            public void stateRead(VersionState state) {
                readBefore.compareAndSet(null, state.heads());
            }

            @Override
            public boolean stopRequested() {
                return stop.get() && !options.keepGoing() || Interruption.received().isPresent();
            }

            @Override
            public void warning(String message) {
                listener.warning(target.name(), message);
            }
        };
        try {
            // a known outcome was read with the whole fleet's: the target is done, not to be started
            Outcome known = work.known(target);
            if (known == null && perTarget.stopRequested()) {
                return TargetResult.notStarted(target);
            }
            Outcome outcome = known != null ? known : work.run(target,
                    connections.open(target, !work.setsSearchPath(), work::sessionSettings), perTarget);
            return new TargetResult(target.name(), target.kind(), outcome.status(), outcome.from(), outcome.to(),
                    millisSince(start), outcome.finding());
        } catch (RuntimeException e) {
            stop.set(true);
            connections.discard();
            Set<String> after = headsAfterFailure(target, connections);
            // failed before its run read the version table (the lock, the connection): nothing ran
            Set<String> from = readBefore.get() != null ? readBefore.get() : after;
            return new TargetResult(target.name(), target.kind(), TargetResult.Status.FAILED, from, after,
                    millisSince(start), oneLine(e));
        }
    }

    /** Where a failed target stands now, read on a fresh connection; null when that fails too. */
    private Set<String> headsAfterFailure(FleetTarget target, TargetConnections connections) {
        try {
            VersionTable table = target.versionTable(project.versionTable());
            return table.read(connections.open(target)).heads();
        } catch (RuntimeException e) {
            connections.discard();
            return null;
        }
    }

    static String oneLine(RuntimeException e) {
        String message = e instanceof WsMigrateException || e instanceof DatabaseException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

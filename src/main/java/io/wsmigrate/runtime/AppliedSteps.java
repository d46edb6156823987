package io.wsmigrate.runtime;

import io.wsmigrate.revision.VersionTableChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps of a run that are committed, apart from those that ran: a step's COMMIT goes at the
 * head of the next step's batch ({@link StepRunner}), so what the run reports as applied (the
 * listener's {@link MigrationListener#stepFinished}, its result, a stopped run's message) follows
 * the commits, while the next step's version rows follow the steps that ran.
 */
final class AppliedSteps implements StepRunner.Commits {
    private final MigrationListener listener;
    private final Deque<Running> uncommitted = new ArrayDeque<>();
    private final List<Migrator.StepResult> done = new ArrayList<>();
    private Set<String> heads;
    private Set<String> headsAfterRun;

    private record Running(CompiledStep step, VersionTableChange change) {
    }

    AppliedSteps(Set<String> heads, MigrationListener listener) {
        this.listener = listener;
        this.heads = new LinkedHashSet<>(heads);
        this.headsAfterRun = this.heads;
    }

    /** {@code step} is about to run, changing the heads so. */
    void running(CompiledStep step, VersionTableChange change) {
        uncommitted.addLast(new Running(step, change));
        headsAfterRun = apply(headsAfterRun, change);
    }

    @Override
    public void committed(CompiledStep step, long millis) {
        Running first = uncommitted.pollFirst();
        if (first == null || first.step() != step) {
            throw new IllegalStateException("revision " + step.revisionId() + " committed out of order");
        }
        heads = apply(heads, first.change());
        done.add(new Migrator.StepResult(step.step(), step.source(), millis));
        listener.stepFinished(step.step(), millis);
    }

    /** The heads once every step that ran is committed: what the next step's rows start from. */
    Set<String> headsAfterRun() {
        return headsAfterRun;
    }

    /** The heads the committed steps leave the database at. */
    Set<String> heads() {
        return heads;
    }

    /** The committed steps, in order. */
    List<Migrator.StepResult> done() {
        return done;
    }

    /** The first step that ran or runs without its COMMIT having succeeded; null when there is none. */
    CompiledStep firstUncommitted() {
        Running first = uncommitted.peekFirst();
        return first == null ? null : first.step();
    }

    /** The last step that started and has not committed; null when there is none. */
    CompiledStep lastUncommitted() {
        Running last = uncommitted.peekLast();
        return last == null ? null : last.step();
    }

    private static Set<String> apply(Set<String> heads, VersionTableChange change) {
        Set<String> next = new LinkedHashSet<>(heads);
        next.removeAll(change.delete());
        next.addAll(change.insert());
        return next;
    }
}

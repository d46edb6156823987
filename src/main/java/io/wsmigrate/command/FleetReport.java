package io.wsmigrate.command;

import java.util.List;

/** A fleet command's result: one {@link TargetResult} per target, in the order of the settings. */
public record FleetReport(String command, String goal, List<TargetResult> targets, long millis) {
    public FleetReport {
        targets = List.copyOf(targets);
    }

    /** Whether every target reached the goal: the command's exit code is 0 exactly then. */
    public boolean succeeded() {
        return targets.stream().allMatch(t -> t.status().reachedGoal());
    }

    /** The targets that did not reach the goal. */
    public List<TargetResult> shortOfGoal() {
        return targets.stream().filter(t -> !t.status().reachedGoal()).toList();
    }

    public long count(TargetResult.Status status) {
        return targets.stream().filter(t -> t.status() == status).count();
    }
}

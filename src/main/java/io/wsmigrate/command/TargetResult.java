package io.wsmigrate.command;

import java.util.Set;

/**
 * What a fleet command did on one target: where it was ({@code from}) and is now ({@code to}, the
 * version table's heads; null when unknown), how long it took, and the one-line error of a failure
 * (or a read-only command's finding: {@code check}'s differences).
 */
public record TargetResult(String target, String kind, Status status, Set<String> from, Set<String> to,
                           long millis, String error) {
    public TargetResult {
        from = from == null ? null : Set.copyOf(from);
        to = to == null ? null : Set.copyOf(to);
    }

    /** How a target ended. */
    public enum Status {
        /** Moved to the goal. */
        DONE("done"),
        /** Already at the goal: nothing ran. */
        UNCHANGED("unchanged"),
        /** Read only: not at the goal ({@code current --check-heads}, {@code check}). */
        BEHIND("behind"),
        /** Its run failed; it stays at the last revision that committed. */
        FAILED("failed"),
        /** Stopped at a revision boundary short of the goal, after another target failed. */
        STOPPED("stopped"),
        /** Not started, after another target failed (no {@code --keep-going}) or the run was interrupted. */
        NOT_STARTED("not started");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the target is where the command wanted it. */
        public boolean reachedGoal() {
            return this == DONE || this == UNCHANGED;
        }
    }

    static TargetResult notStarted(FleetTarget target) {
        return new TargetResult(target.name(), target.kind(), Status.NOT_STARTED, null, null, 0, null);
    }
}

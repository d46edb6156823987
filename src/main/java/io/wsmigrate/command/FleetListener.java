package io.wsmigrate.command;

/** Progress of a fleet command, for the CLI's progress line. Called from the workers' threads. */
public interface FleetListener {
    FleetListener NONE = new FleetListener() {
    };

    /** A target ended (or was not started); {@code progress} counts the fleet so far. */
    default void targetFinished(TargetResult result, Progress progress) {
    }

    /** Something the user should know about {@code target} that does not stop it. */
    default void warning(String target, String message) {
    }

    /** Targets ended so far: reached the goal, short of it, and not yet ended. */
    record Progress(int done, int failed, int left, int total) {
    }
}

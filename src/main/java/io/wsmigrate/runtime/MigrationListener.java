package io.wsmigrate.runtime;

import io.wsmigrate.revision.Step;

/** Progress of a run, for the CLI to print as it happens. */
public interface MigrationListener {
    MigrationListener NONE = new MigrationListener() {
    };

    /** The version table as the run read it, under its lock, before anything ran. */
    default void stateRead(VersionState state) {
    }

    /** Before a step's transaction starts. */
    default void stepStarted(Step step) {
    }

    /** After a step committed. */
    default void stepFinished(Step step, long millis) {
    }

    /**
     * Asked before each step: true ends the run at that revision boundary, with what it applied so
     * far (a fleet stopping after another target failed). A single run never stops so.
     */
    default boolean stopRequested() {
        return false;
    }

    /** Something the user should know that does not stop the run. */
    default void warning(String message) {
    }
}

package io.wsmigrate.runtime;

import io.wsmigrate.revision.Step;

/** Progress of a run, for the CLI to print as it happens. */
public interface MigrationListener {
    MigrationListener NONE = new MigrationListener() {
    };

    /** Before a step's transaction starts. */
    default void stepStarted(Step step) {
    }

    /** After a step committed. */
    default void stepFinished(Step step, long millis) {
    }

    /** Something the user should know that does not stop the run. */
    default void warning(String message) {
    }
}

package io.wsmigrate.runtime;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.db.Interruption;
import java.util.List;
import java.util.Set;

/**
 * A run stopped by Ctrl-C or SIGTERM ({@link Interruption}): which revisions it applied, which one
 * was cancelled and rolled back (or, non-transactional, left with its finished statements), and
 * where the database is now, so the operator knows what a rerun will do.
 */
final class RunInterrupted extends WsMigrateException {
    private RunInterrupted(Interruption.Kind kind, String message, Throwable cause) {
        super(kind.exitCode(), message, cause);
    }

    /** A run in one transaction ({@code --single-transaction}) stopped: all of it was rolled back. */
    static RunInterrupted ofSingleTransaction(Interruption.Kind kind, Set<String> heads, Throwable cause) {
        Interruption.acknowledge();
        return new RunInterrupted(kind, "stopped by " + kind.description() + ": the run was one transaction"
                + " (--single-transaction) and was rolled back whole, so it applied no revision; the database is at "
                + (heads.isEmpty() ? "base" : String.join(", ", heads)) + ", as before the run; run the same"
                + " command again to apply them", cause);
    }

    /** {@code running} is the step that was cancelled, null when the signal came between steps. */
    static RunInterrupted of(Interruption.Kind kind, CompiledStep running, List<Migrator.StepResult> done,
                             Set<String> heads, Throwable cause) {
        Interruption.acknowledge();
        StringBuilder message = new StringBuilder("stopped by ").append(kind.description());
        if (running == null) {
            message.append(" between revisions");
        } else if (running.transactional()) {
            message.append(": the running statement of revision ").append(running.revisionId()).append(" (")
                    .append(running.source()).append(") was cancelled and the revision rolled back");
        } else {
            message.append(": the running statement of non-transactional revision ").append(running.revisionId())
                    .append(" (").append(running.source()).append(") was cancelled; its statements that finished")
                    .append(" stay applied, check them before you rerun");
        }
        List<String> applied = done.stream().map(step -> step.step().revision().id()).toList();
        message.append("; ").append(applied.isEmpty() ? "this run applied no revision"
                : "this run applied " + String.join(", ", applied));
        message.append("; the database is at ").append(heads.isEmpty() ? "base" : String.join(", ", heads))
                .append("; run the same command again to continue");
        return new RunInterrupted(kind, message.toString(), cause);
    }
}

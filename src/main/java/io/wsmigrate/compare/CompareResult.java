package io.wsmigrate.compare;

import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import java.util.List;

/** The ordered operations that turn the database into the model, and the renames they may hide. */
public record CompareResult(MigrationPlan plan, List<RenameCandidate> renameCandidates) {
    public CompareResult {
        renameCandidates = List.copyOf(renameCandidates);
    }

    /** True when the database already matches the model. */
    public boolean isEmpty() {
        return plan.isEmpty();
    }

    /** One line per operation, as a {@code check} command lists them. */
    public List<String> differences() {
        return plan.upgrade().stream().map(Operation::describe).toList();
    }
}

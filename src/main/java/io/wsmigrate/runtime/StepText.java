package io.wsmigrate.runtime;

import io.wsmigrate.revision.Direction;
import io.wsmigrate.revision.Step;

/** Alembic's progress line for a step, e.g. {@code Running upgrade 1a2b -> 3c4d, Add offer}. */
public final class StepText {
    private StepText() {
    }

    public static String describe(Step step) {
        String id = step.revision().id();
        String parents = String.join(", ", step.revision().downRevisions());
        String from = step.direction() == Direction.UPGRADE ? parents : id;
        String to = step.direction() == Direction.UPGRADE ? id : parents;
        String verb = step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        return "Running " + verb + " " + (from.isEmpty() ? "" : from + " ") + "-> " + (to.isEmpty() ? "base" : to)
                + ", " + step.revision().message();
    }
}

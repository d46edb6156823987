package io.wsmigrate.runtime;

import io.wsmigrate.revision.Direction;
import io.wsmigrate.revision.Step;
import java.util.regex.Pattern;

/** Alembic's progress line for a step, e.g. {@code Running upgrade 1a2b -> 3c4d, Add offer}. */
public final class StepText {
    /** Compiled once: a run prints a line per step. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029\\f\\u000b]+");

    private StepText() {
    }

    /** One line, whatever the message holds: a line break in it must not forge a line of output. */
    public static String describe(Step step) {
        String id = step.revision().id();
        String parents = String.join(", ", step.revision().downRevisions());
        String from = step.direction() == Direction.UPGRADE ? parents : id;
        String to = step.direction() == Direction.UPGRADE ? id : parents;
        String verb = step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        return "Running " + verb + " " + (from.isEmpty() ? "" : from + " ") + "-> " + (to.isEmpty() ? "base" : to)
                + ", " + oneLine(step.revision().message());
    }

    private static String oneLine(String text) {
        return text == null ? "" : LINE_BREAKS.matcher(text).replaceAll(" ");
    }
}

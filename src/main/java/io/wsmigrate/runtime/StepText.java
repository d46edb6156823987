package io.wsmigrate.runtime;

import io.wsmigrate.revision.Step;
import java.util.List;

/** Alembic's progress line for a step, e.g. {@code Running upgrade 1a2b -> 3c4d, Add offer}. */
public final class StepText {
    private StepText() {
    }

    /**
     * One line, whatever the message holds: a line break in it must not forge a line of output.
     * Plain appends, no regular expression: a run prints one of these per revision, mostly before
     * the JIT has compiled anything.
     */
    public static String describe(Step step) {
        String id = step.revision().id();
        List<String> parents = step.revision().downRevisions();
        String message = step.revision().message();
        StringBuilder line = new StringBuilder(48 + id.length() * (1 + parents.size())
                + (message == null ? 0 : message.length()));
        if (step.isUpgrade()) {
            line.append("Running upgrade ");
            appendParents(line, parents, " ");
            line.append("-> ").append(id);
        } else {
            line.append("Running downgrade ").append(id).append(" -> ");
            if (parents.isEmpty()) {
                line.append("base");
            }
            appendParents(line, parents, "");
        }
        line.append(", ");
        if (message != null) {
            appendOneLine(line, message);
        }
        return line.toString();
    }

    private static void appendParents(StringBuilder line, List<String> parents, String after) {
        if (parents.isEmpty()) {
            return;
        }
        for (int i = 0; i < parents.size(); i++) {
            line.append(i == 0 ? "" : ", ").append(parents.get(i));
        }
        line.append(after);
    }

    /** Each run of line breaks (CR, LF, NEL, U+2028/2029, form feed, vertical tab) becomes one space. */
    private static void appendOneLine(StringBuilder line, String text) {
        boolean inBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                if (!inBreak) {
                    line.append(' ');
                }
                inBreak = true;
            } else {
                line.append(c);
                inBreak = false;
            }
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000b';
    }
}

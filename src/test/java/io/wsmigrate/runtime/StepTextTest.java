package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The progress line, written with plain appends, reads exactly as the regular-expression version did. */
class StepTextTest {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029\\f\\u000b]+");

    @Test
    void linesOfEveryShape() {
        assertThat(StepText.describe(Step.upgrade(revision("a1", "Create log")))).isEqualTo("Running upgrade -> a1, Create log");
        assertThat(StepText.describe(Step.upgrade(revision("b2", "Second", "a1"))))
                .isEqualTo("Running upgrade a1 -> b2, Second");
        assertThat(StepText.describe(Step.upgrade(revision("m3", "Merge", "a1", "b2"))))
                .isEqualTo("Running upgrade a1, b2 -> m3, Merge");
        assertThat(StepText.describe(Step.downgrade(revision("m3", "Merge", "a1", "b2"))))
                .isEqualTo("Running downgrade m3 -> a1, b2, Merge");
        assertThat(StepText.describe(Step.downgrade(revision("a1", "Create log")))).isEqualTo("Running downgrade a1 -> base, Create log");
        assertThat(StepText.describe(Step.upgrade(revision("a1", null)))).isEqualTo("Running upgrade -> a1, ");
        assertThat(StepText.describe(Step.upgrade(revision("a1", "two\r\n\r\nlines\u2028and\u000bmore\n"))))
                .isEqualTo("Running upgrade -> a1, two lines and more ");
    }

    @Test
    void sameAsTheRegularExpressionOverRandomMessages() {
        Random random = new Random(17);
        String alphabet = "ab \t\r\n\u0085\u2028\u2029\f\u000b\u00e9\u4e2d,->";
        for (int i = 0; i < 2000; i++) {
            StringBuilder message = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                message.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> parents = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                parents.add("p" + n);
            }
            Revision revision = revision("r" + i, message.toString(), parents.toArray(String[]::new));
            for (Step step : List.of(Step.upgrade(revision), Step.downgrade(revision))) {
                assertThat(StepText.describe(step)).isEqualTo(byRegularExpression(step));
            }
        }
    }

    /** The line as it was written before: joins, concatenation and a regular expression. */
    private static String byRegularExpression(Step step) {
        String id = step.revision().id();
        String parents = String.join(", ", step.revision().downRevisions());
        String from = step.isUpgrade() ? parents : id;
        String to = step.isUpgrade() ? id : parents;
        String verb = step.isUpgrade() ? "upgrade" : "downgrade";
        String message = step.revision().message();
        return "Running " + verb + " " + (from.isEmpty() ? "" : from + " ") + "-> " + (to.isEmpty() ? "base" : to)
                + ", " + (message == null ? "" : LINE_BREAKS.matcher(message).replaceAll(" "));
    }

    private static Revision revision(String id, String message, String... parents) {
        return new Revision(id, List.of(parents), List.of(), List.of(), message, id + ".yaml");
    }
}

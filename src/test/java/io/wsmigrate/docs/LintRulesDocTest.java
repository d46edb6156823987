package io.wsmigrate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.lint.Level;
import io.wsmigrate.lint.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The lint rules table of {@code docs/reference.md}: every rule, with its level, and no other. */
class LintRulesDocTest {
    @Test
    void theReferenceListsEveryLintRuleWithItsLevel() throws IOException {
        String reference = Files.readString(Path.of("docs/reference.md"));
        String table = reference.substring(reference.indexOf("## Lint rules"));
        for (Rule rule : Rule.values()) {
            String level = rule.level() == Level.ERROR ? "error" : "warning";
            assertThat(table).as("the row of %s", rule.id()).contains("| `" + rule.id() + "` | " + level + " |");
        }
        assertThat(table.lines().filter(line -> line.startsWith("| `"))).hasSize(Rule.values().length);
    }
}

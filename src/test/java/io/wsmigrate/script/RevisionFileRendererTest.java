package io.wsmigrate.script;

import static io.wsmigrate.script.Samples.map;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.yaml.snakeyaml.Yaml;

/**
 * The change lists are dumped in one go and then spaced: the text must be exactly each entry
 * dumped on its own, with a blank line between, whatever the strings hold (lines that start with
 * {@code "  - "} in a literal block or a quoted scalar, nested lists of entries).
 */
class RevisionFileRendererTest {
    @Property(tries = 300)
    void entriesAreWrittenAsEachAloneWithABlankLineBetween(@ForAll String text, @ForAll String key) {
        Map<String, Object> attributes = map("tableName", text, "list", List.of(text, text + "\n"),
                "columns", List.of(map("column", map("name", text)), map("column", map("name", "\n  - " + text))));
        attributes.put(key, text);
        NewRevisionFile file = new NewRevisionFile("ab12", List.of("cd34"), List.of(), List.of(), "message",
                Samples.DATE, true, List.of(), List.of(map("custom", attributes), map("sql", text),
                map("sql", "  - " + text + "\n  - x\n- y\n"), map("sql", "SELECT 1")), List.of());
        List<Map<String, Object>> upgrade = new NewEntries(file.id()).normalize(file.upgrade(), "upgrade");

        String rendered = new RevisionFileRenderer().render(file, upgrade, List.of());

        Yaml yaml = YamlSyntax.create();
        String eachAlone = upgrade.stream().map(entry -> yaml.dump(List.of(NewEntries.writtenForm(entry))))
                .collect(joining("\n"));
        assertThat(rendered).endsWith("\nupgrade:\n" + eachAlone + "\ndowngrade: []\n");
    }
}

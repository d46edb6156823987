package io.wsmigrate.script;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.List;
import java.util.Map;

import static io.wsmigrate.script.Samples.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Any string survives rendering and reading, as a message, an attribute, a key or a whole SQL text. */
class RoundTripPropertiesTest {
    @Property(tries = 200)
    void anyStringReadsBackAsItself(@ForAll String text, @ForAll String key) {
        Map<String, Object> attributes = map("tableName", text, "list", List.of(text, text + "\n"));
        attributes.put(key, text);
        NewRevisionFile file = new NewRevisionFile("ab12", List.of("cd34"), List.of(), List.of(), text,
                Samples.DATE, true, List.of(text), List.of(map("custom", attributes), map("sql", text)), List.of());
        NewEntries entries = new NewEntries(file.id());
        List<Map<String, Object>> upgrade = entries.normalize(file.upgrade(), "upgrade");

        String rendered = new RevisionFileRenderer().render(file, upgrade, List.of());
        RevisionScript read = new RevisionFileReader().readFull("memory.yaml", rendered);

        assertThat(read.revision().message()).isEqualTo(text);
        assertThat(read.upgrade()).isEqualTo(upgrade);
        assertThat(new RevisionFileReader().readHeader("memory.yaml", rendered)).isEqualTo(read.revision());
    }
}

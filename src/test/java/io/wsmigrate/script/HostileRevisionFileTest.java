package io.wsmigrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.testing.Watchdog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small revision files that once hung the reader, overflowed its stack, or exhausted its memory. */
class HostileRevisionFileTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Test
    void aMapMergingItselfIsMalformedYamlNotAnEndlessLoop() {
        Watchdog.within(LIMIT, () -> assertThatThrownBy(() -> read("revision: a1", "upgrade:",
                "  - sql: &a {sql: x, <<: *a}"))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("f.yaml:3:22: malformed YAML: the merge key << refers to the map that contains it"));
    }

    @Test
    void aChangeContainingItselfIsRefusedNotAStackOverflow() {
        assertThatThrownBy(() -> read("revision: a1", "upgrade:", "  - sql: &a {sql: x, more: [*a]}"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("f.yaml:3:10: a YAML alias refers to a list or map that contains it;"
                        + " changes cannot be recursive");
    }

    @Test
    void aChangeListContainingItselfIsRefused() {
        assertThatThrownBy(() -> read("revision: a1", "upgrade: &u", "  - sql: {sql: x, more: *u}"))
                .isInstanceOf(ScriptException.class).hasMessageContaining("changes cannot be recursive");
    }

    @Test
    void aTaggedValueThatIsNotOfItsTypeIsRefusedWithItsPosition() {
        for (String value : List.of("!!int 'x'", "!!float 'abc'", "!!int '0x'", "!!int ''", "!!float ''")) {
            assertThatThrownBy(() -> read("revision: a1", "upgrade:", "  - createTable: {tableName: " + value + "}"))
                    .as(value).isInstanceOf(ScriptException.class)
                    .hasMessageStartingWith("f.yaml:3:30: ")
                    .hasMessageEndingWith("; remove the tag or quote the value");
        }
    }

    @Test
    void aliasesThatDoubleIntoMillionsOfValuesAreRefusedQuickly() {
        StringBuilder text = new StringBuilder("revision: a1\nupgrade:\n  - sql: &l0 {sql: x}\n");
        for (int i = 1; i <= 24; i++) {
            text.append("  - sql: &l").append(i).append(" {sql: x, a: [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]}\n");
        }

        Watchdog.within(LIMIT, () -> assertThatThrownBy(() -> new RevisionFileReader().readFull("f.yaml",
                text.toString()))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("YAML aliases repeat these changes into more than"));
    }

    @Test
    void sharingAChangeThroughAnAliasStillWorks() {
        RevisionScript script = read("revision: a1", "upgrade:", "  - sql: &s {sql: SELECT 1, splitStatements: false}",
                "downgrade:", "  - sql: *s", "  - sql: {<<: *s, stripComments: true}");

        assertThat(script.downgrade().get(0)).isEqualTo(script.upgrade().get(0));
        assertThat(script.downgrade().get(1)).isEqualTo(Map.of("sql",
                Map.of("sql", "SELECT 1", "splitStatements", false, "stripComments", true)));
    }

    private static RevisionScript read(String... lines) {
        return new RevisionFileReader().readFull("f.yaml", String.join("\n", lines) + "\n");
    }
}

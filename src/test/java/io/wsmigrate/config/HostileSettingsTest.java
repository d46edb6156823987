package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.testing.Watchdog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small settings files that once hung the loader or exhausted its memory. */
class HostileSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aMapMergingItselfIsASyntaxErrorNotAnEndlessLoop() {
        Path file = write(dir.resolve("app.yaml"), "database: &a", "  url: embedded", "  <<: *a",
                "migrations: {package: a.b}");

        Watchdog.within(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":3:3: invalid YAML: the merge key << refers to the map that contains it"
                        + " (while merging a map); fix the syntax at that position"));
    }

    @Test
    void aMapMergingAListThatHoldsItselfIsASyntaxError() {
        Path file = write(dir.resolve("app.yaml"), "shop: &a {x: 1, <<: [*a]}", "database: {url: embedded}",
                "migrations: {package: a.b}");

        Watchdog.within(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class).hasMessageContaining("refers to the map that contains it"));
    }

    @Test
    void mergingAnotherMapStillWorks() {
        Path file = write(dir.resolve("app.yaml"), "defaults: &d {url: embedded, lock_timeout: 2s}",
                "database: {<<: *d, user: shop}", "migrations: {package: a.b}");

        assertThat(load(file).database().lockTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aliasesThatDoubleIntoMillionsOfValuesAreRefusedQuickly() {
        List<String> lines = new ArrayList<>(List.of("database: {url: embedded}", "migrations: {package: a.b}",
                "shop:", "  l0: &l0 [x]"));
        for (int i = 1; i <= 20; i++) {
            lines.add("  l" + i + ": &l" + i + " [*l" + (i - 1) + ", *l" + (i - 1) + "]");
        }
        Path file = write(dir.resolve("app.yaml"), lines.toArray(String[]::new));

        Watchdog.within(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("expand to more than 100000 values through YAML aliases"));
    }

    private static Settings load(Path file) {
        return new SettingsLoader().load(file, Map.of(), null);
    }
}

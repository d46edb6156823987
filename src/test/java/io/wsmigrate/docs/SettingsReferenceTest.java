package io.wsmigrate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.Settings;
import io.wsmigrate.config.SettingsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The settings table of {@code docs/reference.md} against the settings loader: every key the
 * loader reads is in the table, and every key in the table is read — setting it to its example
 * value changes the loaded {@link Settings}.
 */
class SettingsReferenceTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z_.]+)` \\| `([^`]*)` \\|");
    /** The calls of the loader's Section that read a key: their first argument is the key's name. */
    private static final Pattern READ_KEY = Pattern.compile(
            "\\.(?:section|text|requiredText|textList|textMap|duration|bool|path|rawText|node|positiveInt|items)"
                    + "\\(\"([a-z_]+)\"");
    /** The binders whose reads the table covers. */
    private static final List<String> BINDERS = List.of("SettingsBinder.java", "TargetsBinder.java",
            "CitusBinder.java");
    /**
     * The keys of one entry of the list targets.databases: a row of the table cannot set a key inside
     * a list item, so they are described in that row's meaning, not given rows of their own.
     */
    private static final Set<String> LIST_ENTRY_KEYS = Set.of("name", "database");
    /** The keys of one table under migrations.citus.distributed, described in that row's meaning likewise. */
    private static final Set<String> TABLE_ENTRY_KEYS = Set.of("column", "colocate_with");
    private static final String BASELINE = "database: {url: 'jdbc:postgresql://localhost/baseline'}\n"
            + "migrations: {package: com.example.baseline}\n";

    @Test
    void everyKeyTheLoaderReadsIsInTheTable() throws IOException {
        Set<String> read = new TreeSet<>();
        for (String binderFile : BINDERS) {
            String binder = Files.readString(REPOSITORY.resolve("src/main/java/io/wsmigrate/config/" + binderFile));
            Matcher m = READ_KEY.matcher(binder);
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        read.add("include");
        Set<String> documented = new TreeSet<>();
        documentedKeys().keySet().forEach(key -> documented.addAll(List.of(key.split("\\."))));
        documented.addAll(LIST_ENTRY_KEYS);
        documented.addAll(TABLE_ENTRY_KEYS);
        assertThat(read).as("keys SettingsBinder reads").hasSizeGreaterThan(15);
        assertThat(documented).as("names in the settings table of docs/reference.md").containsAll(read);
        assertThat(read).as("names SettingsBinder reads (and include)").containsAll(documented);
    }

    @Test
    void everyKeyInTheTableIsReadAndChangesTheSettings(@TempDir Path project) throws IOException {
        Path config = Files.createDirectories(project.resolve("config"));
        Files.writeString(config.resolve("base.yaml"), "logging: {level: ERROR}\n");
        Settings baseline = load(config, BASELINE);
        Map<String, String> keys = documentedKeys();
        assertThat(keys).hasSizeGreaterThan(15);
        keys.forEach((key, example) -> {
            Map<String, Object> tree = yaml(BASELINE);
            put(tree, key, yaml("value: " + example.replace("${SHOP_DATABASE_PASSWORD}", "secret")).get("value"));
            Settings changed = load(config, new Yaml(dumper()).dump(tree));
            assertThat(changed).as(key + ": " + example + " is read and has an effect").isNotEqualTo(baseline);
        });
    }

    /** The keys of the table with their examples, in table order. */
    private static Map<String, String> documentedKeys() throws IOException {
        String page = Files.readString(REPOSITORY.resolve("docs/reference.md"));
        String settings = page.substring(page.indexOf("## Settings"), page.indexOf("## Revision targets"));
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher m = ROW.matcher(settings);
        while (m.find()) {
            keys.put(m.group(1), m.group(2));
        }
        return keys;
    }

    private static Settings load(Path config, String text) {
        try {
            Path file = config.resolve("settings.yaml");
            Files.writeString(file, text);
            return new SettingsLoader().load(file, Map.of(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String dottedKey, Object value) {
        String[] parts = dottedKey.split("\\.");
        Map<String, Object> map = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            map = (Map<String, Object>) map.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        map.put(parts[parts.length - 1], value);
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    private static DumperOptions dumper() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return options;
    }
}

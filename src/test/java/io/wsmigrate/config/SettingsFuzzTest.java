package io.wsmigrate.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TempFolders;
import io.wsmigrate.testing.TextMutations;
import io.wsmigrate.testing.Watchdog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever is in a settings file, loading it gives settings or a {@link ConfigException} with a
 * one-line message: never a SnakeYAML exception, a NullPointerException, a ClassCastException or
 * a StackOverflowError. Include graphs are checked exactly against a model of the loader.
 */
class SettingsFuzzTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("X", "1", "DB_URL", "jdbc:postgresql://h/db",
            "EMPTY", "");
    private static final List<String> SEEDS = List.of(
            String.join("\n", YamlFiles.minimal()) + "\n",
            """
            # an application's settings: ours and its own
            include: [base.yaml]
            shop: {name: Shop, currency: EUR}
            database:
              url: ${DB_URL}
              user: ${USER_NAME:-shop}
              password: "${X}-$${literal}"
              properties: {ssl: true, sslmode: require, prepareThreshold: 0}
              connect_timeout: 10s
              lock_timeout: 500ms
              statement_timeout: 0
            migrations:
              package: com.example.shop
              classpath: [target/classes, lib/model.jar]
              location: migrations
              version_table: "My\\"Versions"
              all_packages: false
              single_transaction: true
              hibernate: {hibernate.default_schema: shop}
            logging:
              level: info
              loggers: {org.hibernate: WARN, liquibase: OFF}
            """,
            """
            defaults: &defaults
              url: embedded
              lock_timeout: 5s
            database:
              <<: *defaults
              user: postgres
            migrations:
              package: shop
              location: classpath:com/example/shop/migrations
            """);

    /** Far above a normal load (milliseconds), low enough that a parser loop fails the run. */
    static final Duration LIMIT = Duration.ofSeconds(10);
    private static Path folder;

    @AfterContainer
    static void deleteFolder() {
        TempFolders.deleteRecursively(folder);
        folder = null;
    }

    @Property(tries = 1000)
    void mutatedSettingsLoadOrFailWithOneLine(@ForAll("mutatedSettings") String text) {
        assertLoadsOrFailsCleanly(text);
    }

    @Property(tries = 600)
    void tokenSoupLoadsOrFailsWithOneLine(@ForAll("tokenSoup") String text) {
        assertLoadsOrFailsCleanly(text);
    }

    @Property(tries = 300)
    void randomBytesLoadOrFailWithOneLine(@ForAll("settingsBytes") byte[] bytes) {
        assertLoadsOrFailsCleanly(bytes);
    }

    @Provide
    Arbitrary<byte[]> settingsBytes() {
        return TextMutations.byteMutants(SEEDS);
    }

    @Provide
    Arbitrary<String> mutatedSettings() {
        return TextMutations.mutants(SEEDS, 5);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return TextMutations.tokenSoup(40);
    }

    /** A lone surrogate in {@code text} is written as '?', as any editor would. */
    private static void assertLoadsOrFailsCleanly(String text) {
        assertLoadsOrFailsCleanly(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertLoadsOrFailsCleanly(byte[] content) {
        Path file = write("app.yaml", content);
        SettingsLoader loader = new SettingsLoader();
        for (Runnable load : List.<Runnable>of(() -> loader.load(file, ENVIRONMENT, null),
                () -> loader.loadTree(file, ENVIRONMENT, null))) {
            Watchdog.within(LIMIT, () -> {
                try {
                    load.run();
                } catch (ConfigException e) {
                    assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
                }
            });
        }
    }

    static synchronized Path write(String name, byte[] content) {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("settings-fuzz");
                Files.writeString(folder.resolve("base.yaml"), String.join("\n", YamlFiles.minimal()) + "\n");
            }
            Path file = folder.resolve(name);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

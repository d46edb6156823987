package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A known password, every error path we can trigger around it: it must never show up. */
class PasswordSecrecyTest {
    private static final String PASSWORD = "Pa55-w0rd-S3cret";
    private static final String LINE = "  password: " + PASSWORD;
    private static final Map<String, String> ENV = Map.of("DB_PASSWORD", PASSWORD);

    @TempDir
    Path dir;

    static Stream<Arguments> brokenSettings() {
        return Stream.of(
                Arguments.of("missing url", new String[] {"database:", LINE, "migrations: { package: shop }"}),
                Arguments.of("missing package", new String[] {"database:", "  url: embedded", LINE}),
                Arguments.of("url not jdbc", new String[] {"database:", "  url: 'mysql://u:" + PASSWORD + "@h/db'",
                    "migrations: { package: shop }"}),
                Arguments.of("uri with a parameter the driver lacks", new String[] {"database:",
                    "  url: 'postgres://u:" + PASSWORD + "@h/db?target_session_attrs=any'",
                    "migrations: { package: shop }"}),
                Arguments.of("uri with a bad escape in the password", new String[] {"database:",
                    "  url: 'postgres://u:" + PASSWORD + "%G1@h/db'", "migrations: { package: shop }"}),
                Arguments.of("uri with a password, missing package", new String[] {"database:",
                    "  url: 'postgres://u:" + PASSWORD + "@h/db'"}),
                Arguments.of("password is a list", new String[] {"database:", "  url: embedded",
                    "  password: [" + PASSWORD + "]", "migrations: { package: shop }"}),
                Arguments.of("password is a map", new String[] {"database:", "  url: embedded",
                    "  password: { p: " + PASSWORD + " }", "migrations: { package: shop }"}),
                Arguments.of("unterminated quote", new String[] {"database:", "  url: embedded",
                    "  password: \"" + PASSWORD, "migrations: { package: shop }"}),
                Arguments.of("bad flow syntax", new String[] {"database: { url: embedded, password: " + PASSWORD + " ]"}),
                Arguments.of("mapping value in password", new String[] {"database:", "  url: embedded",
                    "  password: " + PASSWORD + ": x", "migrations: { package: shop }"}),
                Arguments.of("tab after password", new String[] {"database:", LINE, "\turl: embedded"}),
                Arguments.of("duplicate password", new String[] {"database:", "  url: embedded", LINE, LINE}),
                Arguments.of("unclosed ${ in password", new String[] {"database:", "  url: embedded",
                    "  password: '" + PASSWORD + "${HOME'", "migrations: { package: shop }"}),
                Arguments.of("invalid ${} in password", new String[] {"database:", "  url: embedded",
                    "  password: '${" + PASSWORD + "}'", "migrations: { package: shop }"}),
                Arguments.of("unset variable next to password", new String[] {"database:", "  url: embedded",
                    "  password: '" + PASSWORD + "${UNSET_VAR}'", "migrations: { package: shop }"}),
                Arguments.of("password from env, bad level", new String[] {"database:", "  url: embedded",
                    "  password: ${DB_PASSWORD}", "migrations: { package: shop }", "logging: { level: LOUD }"}),
                Arguments.of("password from env, bad duration", new String[] {"database:", "  url: embedded",
                    "  password: ${DB_PASSWORD}", "  lock_timeout: soon", "migrations: { package: shop }"}),
                Arguments.of("password in url, missing package", new String[] {"database:",
                    "  url: jdbc:postgresql://h/db?password=" + PASSWORD}),
                Arguments.of("section not a map", new String[] {"database:", LINE, "migrations: shop"}),
                Arguments.of("bad binary tag", new String[] {"database:", "  url: embedded",
                    "  password: !!binary '" + PASSWORD + "!'", "migrations: { package: shop }"}),
                Arguments.of("missing include", new String[] {"include: nowhere.yaml", "database:", LINE}),
                Arguments.of("top level a list", new String[] {"- " + PASSWORD}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSettings")
    void passwordNeverAppearsInErrorMessagesOrTheirCauses(String scenario, String[] lines) {
        Path file = write(dir.resolve("app.yaml"), lines);

        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new SettingsLoader().load(file, ENV, null));

        assertThat(error).as(scenario).isNotNull();
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).as(scenario).doesNotContain(PASSWORD);
            assertThat(t.toString()).as(scenario).doesNotContain(PASSWORD);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSettings")
    void aDatabaseProblemLeftForLaterKeepsThePasswordOutOfItsMessageAndMasked(String scenario, String[] lines) {
        Secrets.beginRun(Map.of()); // what earlier cases remembered must not mask this one's
        Path file = write(dir.resolve("app.yaml"), lines);
        Settings[] loaded = new Settings[1];

        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> (loaded[0] = new SettingsLoader().loadDeferringDatabase(file, ENV, null, null)).database());

        assertThat(error).as(scenario + ": fails loading, or when the database is used").isNotNull();
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).as(scenario).doesNotContain(PASSWORD);
        }
        if (loaded[0] != null) {
            assertThat(Secrets.maskRemembered(String.join("\n", lines))).as(scenario).doesNotContain(PASSWORD);
        }
    }

    @Test
    void passwordNeverAppearsInAnIncludedFilesErrors() throws Exception {
        write(dir.resolve("secrets.yaml"), "database:", LINE, "  password: again");
        Path file = write(dir.resolve("app.yaml"), "include: secrets.yaml");

        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new SettingsLoader().load(file, ENV, null));

        assertThat(error.getMessage()).contains("secrets.yaml").doesNotContain(PASSWORD);
        assertThat(Files.readString(dir.resolve("secrets.yaml"))).contains(PASSWORD);
    }

    @Test
    void passwordNeverAppearsInToStringOfLoadedSettings() {
        Path file = write(dir.resolve("app.yaml"), "database:", "  url: jdbc:postgresql://h/db?user=u&password="
                + PASSWORD + "&ssl=true", "  password: ${DB_PASSWORD}", "migrations: { package: shop }");

        Settings settings = new SettingsLoader().load(file, ENV, null);

        assertThat(settings.database().password()).isEqualTo(PASSWORD);
        assertThat(settings.toString()).doesNotContain(PASSWORD).contains("password=****");
        assertThat(settings.database().toString()).doesNotContain(PASSWORD).contains("ssl=true");
    }

    @Test
    void passwordNeverAppearsInTheToStringOfTheInternalTree() {
        Path file = write(dir.resolve("app.yaml"), "database:", LINE);

        ConfigNode tree = new YamlReader(getClass().getClassLoader()).read(SettingsSource.ofFile(file));

        assertThat(tree.toString()).doesNotContain(PASSWORD).contains("ScalarValue[text at " + file + ":2]");
    }
}

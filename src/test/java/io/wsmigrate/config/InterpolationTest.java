package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpolationTest {
    @TempDir
    Path dir;

    private DatabaseSettings database(Map<String, String> env, String... databaseLines) {
        String[] lines = new String[databaseLines.length + 2];
        lines[0] = "migrations: { package: shop }";
        lines[1] = "database:";
        System.arraycopy(databaseLines, 0, lines, 2, databaseLines.length);
        return new SettingsLoader().load(write(dir.resolve("app.yaml"), lines), env, null).database();
    }

    @Test
    void variableIsReplacedFromTheGivenEnvironment() {
        DatabaseSettings db = database(Map.of("DB_HOST", "db.internal", "DB_USER", "shop"),
                "  url: jdbc:postgresql://${DB_HOST}:5432/shop",
                "  user: ${DB_USER}");

        assertThat(db.url()).isEqualTo("jdbc:postgresql://db.internal:5432/shop");
        assertThat(db.user()).isEqualTo("shop");
    }

    @Test
    void defaultAppliesWhenTheVariableIsUnsetOrEmpty() {
        DatabaseSettings db = database(Map.of("EMPTY", ""),
                "  url: jdbc:postgresql://${DB_HOST:-localhost}:${DB_PORT:-5432}/shop",
                "  user: ${EMPTY:-fallback}",
                "  password: ${NO_PASSWORD:-}");

        assertThat(db.url()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(db.user()).isEqualTo("fallback");
        assertThat(db.password()).isEmpty();
    }

    /** A deploy that turns one transaction on per environment: the variable's true or false is a boolean. */
    @Test
    void aVariableGivesATrueOrFalseSettingItsValue() {
        Path file = write(dir.resolve("app.yaml"), "database: { url: embedded }", "migrations:", "  package: shop",
                "  single_transaction: ${ONE_TRANSACTION:-false}", "  all_packages: ${ALL_PACKAGES}");
        SettingsLoader loader = new SettingsLoader();

        MigrationsSettings on = loader.load(file, Map.of("ONE_TRANSACTION", "true", "ALL_PACKAGES", "TRUE"), null)
                .migrations();
        assertThat(on.singleTransaction()).isTrue();
        assertThat(on.allPackages()).isTrue();
        MigrationsSettings off = loader.load(file, Map.of("ALL_PACKAGES", "false"), null).migrations();
        assertThat(off.singleTransaction()).as("the default").isFalse();
        assertThat(off.allPackages()).isFalse();
    }

    @Test
    void variableSetToEmptyWithoutDefaultIsEmpty() {
        assertThat(database(Map.of("EMPTY", ""), "  url: embedded", "  user: x${EMPTY}y").user()).isEqualTo("xy");
    }

    @Test
    void doubleDollarBraceIsALiteralDollarBrace() {
        DatabaseSettings db = database(Map.of("X", "ignored"),
                "  url: embedded",
                "  password: 'pa$${X}ss$$word$'");

        assertThat(db.password()).isEqualTo("pa${X}ss$$word$");
    }

    @Test
    void substitutedValuesAreNotInterpolatedAgain() {
        DatabaseSettings db = database(Map.of("PW", "a${B}c", "B", "never"), "  url: embedded", "  password: ${PW}");

        assertThat(db.password()).isEqualTo("a${B}c");
    }

    @Test
    void durationsAndPropertiesCanComeFromVariables() {
        DatabaseSettings db = database(Map.of("TIMEOUT", "250ms"),
                "  url: embedded",
                "  lock_timeout: ${TIMEOUT}",
                "  connect_timeout: ${CONNECT:-7}",
                "  properties: { ApplicationName: '${APP:-shop}' }");

        assertThat(db.lockTimeout()).hasMillis(250);
        assertThat(db.connectTimeout()).hasSeconds(7);
        assertThat(db.properties()).containsEntry("ApplicationName", "shop");
    }
}

package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    private static final Map<String, String> ENV = Map.of("SHOP_DB_PASSWORD", "from-env");

    @TempDir
    Path dir;

    private final SettingsLoader loader = new SettingsLoader();

    private Settings load(Path file) {
        return loader.load(file, ENV, getClass().getClassLoader());
    }

    @Test
    void fullSettingsFileBindsEverySection() {
        Path file = write(dir.resolve("app.yaml"),
                "database:",
                "  url: jdbc:postgresql://localhost:5432/shop",
                "  user: shop",
                "  password: ${SHOP_DB_PASSWORD}",
                "  connect_timeout: 500ms",
                "  lock_timeout: 2m",
                "  statement_timeout: 30",
                "  properties: { sslmode: require, prepareThreshold: 0, ssl: true }",
                "migrations:",
                "  package: com.example.shop",
                "  classpath: [target/classes, lib/model.jar]",
                "  location: db/migrations",
                "  version_table: my_versions",
                "  single_transaction: true",
                "logging:",
                "  level: info",
                "  loggers: { org.hibernate: WARN, io.wsmigrate.runtime: debug }");

        Settings settings = load(file);

        DatabaseSettings db = settings.database();
        assertThat(db.url()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(db.user()).isEqualTo("shop");
        assertThat(db.password()).isEqualTo("from-env");
        assertThat(db.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(db.lockTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(db.statementTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(db.properties()).containsOnly(Map.entry("sslmode", "require"),
                Map.entry("prepareThreshold", "0"), Map.entry("ssl", "true"));
        MigrationsSettings migrations = settings.migrations();
        assertThat(migrations.packageName()).isEqualTo("com.example.shop");
        assertThat(migrations.classpath()).containsExactly(dir.resolve("target/classes"), dir.resolve("lib/model.jar"));
        assertThat(migrations.location()).isEqualTo(dir.resolve("db/migrations").toString());
        assertThat(migrations.effectiveVersionTable()).isEqualTo("my_versions");
        assertThat(migrations.singleTransaction()).isTrue();
        assertThat(settings.logging().level()).isEqualTo("INFO");
        assertThat(settings.logging().loggers()).containsOnly(Map.entry("org.hibernate", "WARN"),
                Map.entry("io.wsmigrate.runtime", "DEBUG"));
        assertThat(settings.file()).isEqualTo(file);
        assertThat(settings.projectDir()).isEqualTo(dir);
    }

    @Test
    void absentOptionalKeysTakeTheirDefaults() {
        Settings settings = load(write(dir.resolve("app.yaml"), YamlFiles.minimal()));

        assertThat(settings.database().connectTimeout()).isEqualTo(DatabaseSettings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(settings.database().lockTimeout()).isEqualTo(DatabaseSettings.DEFAULT_LOCK_TIMEOUT);
        assertThat(settings.database().statementTimeout()).isNull();
        assertThat(settings.database().password()).isNull();
        assertThat(settings.migrations().classpath()).isEmpty();
        assertThat(settings.migrations().location()).isEqualTo(dir.resolve("migrations").toString());
        assertThat(settings.migrations().effectiveVersionTable()).isEqualTo("ws_migrate_com_example_shop");
        assertThat(settings.migrations().singleTransaction()).as("one transaction per revision").isFalse();
        assertThat(settings.logging()).isEqualTo(LoggingSettings.DEFAULT);
    }

    @Test
    void unknownSectionsAreIgnoredEvenWithUnsetVariablesInThem() {
        Path file = write(dir.resolve("app.yaml"),
                "server: { port: 8080, secret: '${APP_SECRET}' }",
                "mail: [a, b]",
                "feature_flag: true",
                "database:",
                "  url: embedded",
                "  future_option: whatever",
                "migrations:",
                "  package: com.example.shop");

        Settings settings = load(file);

        assertThat(settings.database().isEmbedded()).isTrue();
        assertThat(settings.migrations().packageName()).isEqualTo("com.example.shop");
    }

    @Test
    void durationsAcceptMillisecondsSecondsMinutesAndBareSeconds() {
        Path file = write(dir.resolve("app.yaml"),
                "database:",
                "  url: embedded:data/pg",
                "  connect_timeout: 10",
                "  lock_timeout: '250ms'",
                "  statement_timeout: 0",
                "migrations: { package: shop }");

        DatabaseSettings db = load(file).database();

        assertThat(db.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(db.lockTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(db.statementTimeout()).as("0 means no statement timeout").isNull();
        assertThat(db.embeddedDataDir(load(file).projectDir())).isEqualTo(dir.resolve("data/pg"));
    }

    @Test
    void embeddedWithAMajorKeepsTheDefaultFolderAndEmbeddedVersionCombinesWithAFolder() {
        Path major = write(dir.resolve("major.yaml"), "database: { url: 'embedded:18' }",
                "migrations: { package: shop }");
        Path key = write(dir.resolve("key.yaml"), "database:", "  url: embedded:data/pg", "  embedded_version: 16",
                "migrations: { package: shop }");

        DatabaseSettings byUrl = load(major).database();
        DatabaseSettings byKey = load(key).database();

        assertThat(byUrl.embeddedMajor()).contains(18);
        assertThat(byUrl.embeddedDataDir(dir)).isEqualTo(dir.resolve(".ws-migrate/pgdata"));
        assertThat(byKey.embeddedMajor()).contains(16);
        assertThat(byKey.embeddedDataDir(dir)).isEqualTo(dir.resolve("data/pg"));
        Path plain = write(dir.resolve("plain.yaml"), "database: { url: embedded }", "migrations: { package: shop }");
        assertThat(load(plain).database().embeddedMajor()).isEmpty();
    }

    @Test
    void singleClasspathStringAndClasspathLocationAreKeptAsWritten() {
        Path file = write(dir.resolve("app.yaml"),
                "database: { url: embedded }",
                "migrations:",
                "  package: com.example.shop",
                "  classpath: build/classes/java/main",
                "  location: classpath:db/shop-migrations");

        MigrationsSettings migrations = load(file).migrations();

        assertThat(migrations.classpath()).containsExactly(dir.resolve("build/classes/java/main"));
        assertThat(migrations.location()).isEqualTo("classpath:db/shop-migrations");
        assertThat(migrations.isClasspathLocation()).isTrue();
    }

    @Test
    void projectDirIsTheSettingsFolder() {
        Path file = write(dir.resolve("settings/app.yaml"), YamlFiles.minimal());

        assertThat(load(file).projectDir()).isEqualTo(dir.resolve("settings"));
    }

    @Test
    void projectDirIsTheParentOfAConfigFolder() {
        Path file = write(dir.resolve("shop/config/development.yaml"), "database: { url: embedded }",
                "migrations: { package: shop, classpath: target/classes }");

        Settings settings = load(file);

        assertThat(settings.projectDir()).isEqualTo(dir.resolve("shop"));
        assertThat(settings.migrations().classpath()).containsExactly(dir.resolve("shop/target/classes"));
        assertThat(settings.database().embeddedDataDir(settings.projectDir()))
                .isEqualTo(dir.resolve("shop/.ws-migrate/pgdata"));
    }

    @Test
    void explicitProjectDirIsRelativeToTheSettingsFile() {
        Path file = write(dir.resolve("deploy/settings/app.yaml"), "database: { url: embedded }",
                "migrations: { package: shop, project_dir: ../.., location: scripts }");

        Settings settings = load(file);

        assertThat(settings.projectDir()).isEqualTo(dir);
        assertThat(settings.migrations().location()).isEqualTo(dir.resolve("scripts").toString());
    }

    @Test
    void relativeSettingsPathStillGivesAbsoluteProjectDir() {
        Path file = write(dir.resolve("config/dev.yaml"), YamlFiles.minimal());
        Path relative = Path.of("").toAbsolutePath().relativize(file);

        Settings settings = load(relative);

        assertThat(settings.file()).isEqualTo(file);
        assertThat(settings.projectDir()).isEqualTo(dir);
    }

    @Test
    void yamlMergeKeysAndAnchorsWork() {
        Path file = write(dir.resolve("app.yaml"),
                "defaults: &defaults { url: embedded, user: anchor_user }",
                "database:",
                "  <<: *defaults",
                "  user: own_user",
                "migrations: { package: shop }");

        DatabaseSettings db = load(file).database();

        assertThat(db.url()).isEqualTo("embedded");
        assertThat(db.user()).isEqualTo("own_user");
    }

    @Test
    void loggingOffIsALevelEvenThoughYamlReadsItAsFalse() {
        Path file = write(dir.resolve("app.yaml"), "database: { url: embedded }", "migrations: { package: shop }",
                "logging: { level: OFF, loggers: { noisy: off } }");

        LoggingSettings logging = load(file).logging();

        assertThat(logging.level()).isEqualTo("OFF");
        assertThat(logging.loggers()).containsEntry("noisy", "OFF");
    }

    @Test
    void loggingConfigResolvesAgainstTheSettingsFile() {
        Path file = write(dir.resolve("config/app.yaml"), "database: { url: embedded }", "migrations: { package: shop }",
                "logging: { config: logback-dev.xml }");

        assertThat(load(file).logging().config()).isEqualTo(dir.resolve("config/logback-dev.xml"));
    }
}

package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeTest {
    @TempDir
    Path dir;

    private final SettingsLoader loader = new SettingsLoader();

    private Settings load(Path file, Map<String, String> env) {
        return loader.load(file, env, getClass().getClassLoader());
    }

    @Test
    void includingFileOverridesWhatItIncludesAndMapsMergeDeeply() {
        write(dir.resolve("base.yaml"),
                "database:",
                "  url: jdbc:postgresql://base/shop",
                "  user: base_user",
                "  properties: { sslmode: disable, ApplicationName: shop }",
                "migrations:",
                "  package: com.example.shop",
                "  classpath: [base/classes, base/lib.jar]");
        Path file = write(dir.resolve("dev.yaml"),
                "include: base.yaml",
                "database:",
                "  user: dev_user",
                "  properties: { sslmode: require }",
                "migrations:",
                "  classpath: [dev/classes]");

        Settings settings = load(file, Map.of());

        assertThat(settings.database().url()).isEqualTo("jdbc:postgresql://base/shop");
        assertThat(settings.database().user()).isEqualTo("dev_user");
        assertThat(settings.database().properties()).containsOnly(Map.entry("sslmode", "require"),
                Map.entry("ApplicationName", "shop"));
        assertThat(settings.migrations().classpath()).as("lists are replaced whole")
                .containsExactly(dir.resolve("dev/classes"));
    }

    @Test
    void includesNestThreeLevelsDeepWithTheNearestFileWinning() {
        write(dir.resolve("shared/root.yaml"),
                "database: { url: jdbc:postgresql://root/db, user: root_user, lock_timeout: 1s }",
                "migrations: { package: shop }");
        write(dir.resolve("shared/middle.yaml"), "include: root.yaml",
                "database: { user: middle_user, connect_timeout: 2s }");
        Path file = write(dir.resolve("top.yaml"), "include: [shared/middle.yaml]", "database: { lock_timeout: 3s }");

        Settings settings = load(file, Map.of());

        assertThat(settings.database().url()).isEqualTo("jdbc:postgresql://root/db");
        assertThat(settings.database().user()).isEqualTo("middle_user");
        assertThat(settings.database().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.database().lockTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void severalIncludesApplyInOrderWithLaterOnesWinning() {
        write(dir.resolve("one.yaml"), "database: { url: jdbc:postgresql://one/db, user: one, password: one }",
                "migrations: { package: shop }");
        write(dir.resolve("two.yaml"), "database: { user: two, password: two }");
        write(dir.resolve("three.yaml"), "database: { password: three }");
        Path file = write(dir.resolve("app.yaml"), "include: [one.yaml, two.yaml, three.yaml]");

        DatabaseSettings db = load(file, Map.of()).database();

        assertThat(db.url()).isEqualTo("jdbc:postgresql://one/db");
        assertThat(db.user()).isEqualTo("two");
        assertThat(db.password()).isEqualTo("three");
    }

    @Test
    void includedFileCanComeFromTheClasspathAndIncludeRelativelyThere() {
        Path file = write(dir.resolve("app.yaml"),
                "include: classpath:config-fixtures/shared.yaml",
                "database: { url: embedded }",
                "migrations: { package: shop }");

        Settings settings = load(file, Map.of());

        assertThat(settings.database().user()).isEqualTo("shared_user");
        assertThat(settings.database().connectTimeout()).as("from defaults.yaml next to shared.yaml")
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.database().properties()).containsEntry("sslmode", "require");
        assertThat(settings.migrations().effectiveVersionTable()).isEqualTo("shared_versions");
    }

    @Test
    void includePathsMayUseEnvironmentVariables() {
        write(dir.resolve("staging.yaml"), "database: { url: jdbc:postgresql://staging/db }",
                "migrations: { package: shop }");
        Path file = write(dir.resolve("app.yaml"), "include: ${APP_ENV:-development}.yaml");

        assertThat(load(file, Map.of("APP_ENV", "staging")).database().url()).isEqualTo("jdbc:postgresql://staging/db");
    }

    @Test
    void theSameFileIncludedTwiceAlongDifferentBranchesIsNotACycle() {
        write(dir.resolve("common.yaml"), "database: { url: embedded }", "migrations: { package: shop }");
        write(dir.resolve("a.yaml"), "include: common.yaml", "database: { user: a }");
        write(dir.resolve("b.yaml"), "include: common.yaml");
        Path file = write(dir.resolve("app.yaml"), "include: [a.yaml, b.yaml]");

        assertThat(load(file, Map.of()).database().user()).isEqualTo("a");
    }

    @Test
    void relativePathsInAnIncludedFileResolveAgainstThatFilesFolder() {
        write(dir.resolve("shop/shared/base.yaml"), "migrations: { project_dir: .. }",
                "logging: { config: logback-shared.xml }");
        Path file = write(dir.resolve("deploy/app.yaml"), "include: ../shop/shared/base.yaml",
                "database: { url: embedded }", "migrations: { package: shop, classpath: target/classes }");

        Settings settings = load(file, Map.of());

        assertThat(settings.projectDir()).isEqualTo(dir.resolve("shop"));
        assertThat(settings.migrations().classpath()).containsExactly(dir.resolve("shop/target/classes"));
        assertThat(settings.logging().config()).isEqualTo(dir.resolve("shop/shared/logback-shared.xml"));
    }

    @Test
    void loadTreeShowsTheMergedInterpolatedTreeWithoutTheIncludeKey() {
        write(dir.resolve("base.yaml"), "server: { port: 8080, hosts: [a, b] }", "database: { url: embedded }");
        Path file = write(dir.resolve("app.yaml"), "include: base.yaml", "server: { port: 9090, name: '${NAME}' }");

        Map<String, Object> tree = loader.loadTree(file, Map.of("NAME", "shop"), null);

        assertThat(tree).containsOnlyKeys("server", "database");
        assertThat(tree.get("server")).isEqualTo(Map.of("port", 9090, "hosts", List.of("a", "b"), "name", "shop"));
    }
}

package io.wsmigrate.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes compiled SQL another build's: the jars, Liquibase's own settings; nothing when run from class folders. */
class CompilerIdentityTest {
    @TempDir
    Path dir;

    @Test
    void classesRunFromAFolderHaveNoIdentitySoNothingIsRemembered() {
        assumeTrue(CompilerIdentity.class.getProtectionDomain().getCodeSource().getLocation().getPath().endsWith("/"),
                "the tests run from a class folder");

        assertThat(CompilerIdentity.ofRunningBuild(Map.of())).isEmpty();
    }

    @Test
    void aRebuiltOrReplacedJarIsAnotherIdentity() throws Exception {
        Path wsMigrate = Files.writeString(dir.resolve("ws-migrate.jar"), "build 1");
        Path liquibase = Files.writeString(dir.resolve("liquibase-core-4.33.0.jar"), "liquibase");
        Files.setLastModifiedTime(wsMigrate, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        CompilerIdentity first = CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of()).orElseThrow();

        assertThat(CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of())).contains(first);
        Files.setLastModifiedTime(wsMigrate, FileTime.from(Instant.parse("2026-01-01T00:00:01Z")));
        CompilerIdentity touched = CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of()).orElseThrow();
        Files.writeString(liquibase, "liquibase, another release");
        CompilerIdentity otherLiquibase = CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of()).orElseThrow();

        assertThat(touched).isNotEqualTo(first);
        assertThat(otherLiquibase).isNotEqualTo(touched).isNotEqualTo(first);
    }

    @Test
    void liquibaseSettingsFromTheEnvironmentAreAnotherIdentityOtherVariablesAreNot() throws Exception {
        Path wsMigrate = Files.writeString(dir.resolve("ws-migrate.jar"), "build");
        Path liquibase = Files.writeString(dir.resolve("liquibase.jar"), "liquibase");
        CompilerIdentity plain = CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of("HOME", "/root")).orElseThrow();

        assertThat(CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of("HOME", "/elsewhere"))).contains(plain);
        assertThat(CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of("LIQUIBASE_CONVERT_DATA_TYPES", "false")))
                .get().isNotEqualTo(plain);
    }

    @Test
    void credentialsInTheEnvironmentAreNotPartOfTheIdentity() throws Exception {
        Path wsMigrate = Files.writeString(dir.resolve("ws-migrate.jar"), "build");
        Path liquibase = Files.writeString(dir.resolve("liquibase.jar"), "liquibase");
        CompilerIdentity plain = CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of()).orElseThrow();

        assertThat(CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of("LIQUIBASE_COMMAND_PASSWORD", "hunter2",
                "LIQUIBASE_COMMAND_USERNAME", "admin", "LIQUIBASE_LICENSE_KEY", "abc"))).contains(plain);
    }

    @Test
    void aJarAddedBesideLiquibaseIsAnotherIdentity() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path wsMigrate = Files.writeString(dir.resolve("ws-migrate.jar"), "build");
        Path liquibase = Files.writeString(lib.resolve("liquibase-core.jar"), "liquibase");
        CompilerIdentity plain = CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of()).orElseThrow();

        Files.writeString(lib.resolve("liquibase-extension.jar"), "an extension");

        assertThat(CompilerIdentity.ofJars(wsMigrate, liquibase, Map.of())).get().isNotEqualTo(plain);
    }

    @Test
    void aJarThatCannotBeReadIsNoIdentity() throws Exception {
        Path liquibase = Files.writeString(dir.resolve("liquibase.jar"), "liquibase");

        assertThat(CompilerIdentity.ofJars(dir.resolve("gone.jar"), liquibase, Map.of())).isEmpty();
    }
}

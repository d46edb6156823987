package io.wsmigrate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code migrations.classpath} is written: a path list inside one entry, globs kept, the build named. */
class ClasspathSettingsTest {
    @TempDir
    Path dir;

    @Test
    void thePlatformPathSeparatorInsideOneEntryMakesSeveralEntries() throws IOException {
        String joined = String.join(File.pathSeparator, "target/classes", "lib/a.jar", "", "lib/b.jar");

        MigrationsSettings m = load("  classpath: [\"" + joined + "\", extra.jar]");

        assertThat(m.classpath()).containsExactly(dir.resolve("target/classes"), dir.resolve("lib/a.jar"),
                dir.resolve("lib/b.jar"), dir.resolve("extra.jar"));
        assertThat(m.classpathBuild()).isNull();
    }

    @Test
    void globsAreKeptAsWrittenForWhenTheClassesAreNeeded() throws IOException {
        assertThat(load("  classpath: lib/*.jar").classpath()).containsExactly(dir.resolve("lib/*.jar"));
    }

    @Test
    void mavenOrGradleNamesTheBuildAloneOrBeforeMoreEntries() throws IOException {
        MigrationsSettings maven = load("  classpath: maven");
        assertThat(maven.classpathBuild()).isEqualTo("maven");
        assertThat(maven.classpath()).isEmpty();

        MigrationsSettings gradle = load("  classpath: [gradle, extra/*.jar]");
        assertThat(gradle.classpathBuild()).isEqualTo("gradle");
        assertThat(gradle.classpath()).containsExactly(dir.resolve("extra/*.jar"));
    }

    @Test
    void twoBuildsAreRefusedNamingTheEntry() {
        assertThatThrownBy(() -> load("  classpath: [maven, gradle]"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("migrations.classpath[1] names a second build ('gradle' after 'maven');"
                        + " keep one of them");
    }

    private MigrationsSettings load(String classpathLine) throws IOException {
        Path file = dir.resolve("app.yaml");
        Files.writeString(file, "database:\n  url: embedded\nmigrations:\n  package: com.example\n" + classpathLine + "\n");
        return new SettingsLoader().load(file, Map.of(), null).migrations();
    }
}

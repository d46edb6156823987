package io.wsmigrate.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code classpath: maven} and {@code gradle}: the build is asked once, its answer cached until a
 * build file changes or a jar is gone; what goes wrong is one line. The project's wrapper here is a
 * script that answers as Maven or Gradle would and counts its runs; one test asks the real Maven.
 */
class BuildClasspathTest {
    @TempDir
    Path project;

    @TempDir
    Path elsewhere;

    @Test
    void theRealMavenGivesTheClassesFolderThenCompileProvidedAndRuntimeJarsButNotTestJars() throws IOException {
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                  <groupId>t</groupId><artifactId>t</artifactId><version>1</version>
                  <dependencies>
                    <dependency><groupId>jakarta.persistence</groupId><artifactId>jakarta.persistence-api</artifactId>
                      <version>3.2.0</version><scope>provided</scope></dependency>
                    <dependency><groupId>jakarta.validation</groupId><artifactId>jakarta.validation-api</artifactId>
                      <version>3.1.1</version><scope>runtime</scope></dependency>
                    <dependency><groupId>org.opentest4j</groupId><artifactId>opentest4j</artifactId>
                      <version>1.3.0</version><scope>test</scope></dependency>
                  </dependencies>
                </project>
                """);
        write(".mvn/maven.config", "-o\n"); // the test needs nothing from the network

        List<Path> entries = BuildClasspath.of("maven", project, cache());

        assertThat(entries.get(0)).isEqualTo(project.resolve("target/classes"));
        assertThat(entries).anyMatch(jar -> jar.getFileName().toString().equals("jakarta.persistence-api-3.2.0.jar"))
                .anyMatch(jar -> jar.getFileName().toString().equals("jakarta.validation-api-3.1.1.jar"))
                .noneMatch(jar -> jar.getFileName().toString().startsWith("opentest4j"))
                .allMatch(entry -> entry.isAbsolute());
    }

    @Test
    void theAnswerIsCachedUntilThePomChanges() throws IOException {
        Path jar = touch(elsewhere.resolve("dep-1.0.jar"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        fakeMaven("echo \"   g:dep:jar:1.0:compile:" + jar + " -- module dep\" > \"$answer\"\n"
                + "echo \"   g:junit:jar:5:test:" + jar + "\" >> \"$answer\"");

        assertThat(BuildClasspath.of("maven", project, cache())).containsExactly(project.resolve("target/classes"), jar);
        assertThat(BuildClasspath.of("maven", project, cache())).containsExactly(project.resolve("target/classes"), jar);
        assertThat(runs()).isEqualTo(1);

        Files.writeString(project.resolve("pom.xml"), "<project><!-- a new dependency --></project>");
        BuildClasspath.of("maven", project, cache());
        assertThat(runs()).isEqualTo(2);
    }

    @Test
    void aJarGoneFromTheLocalRepositoryMeansAskingAgain() throws IOException {
        Path jar = touch(elsewhere.resolve("dep-1.0.jar"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        fakeMaven("echo \"   g:dep:jar:1.0:compile:" + jar + "\" > \"$answer\"");
        BuildClasspath.of("maven", project, cache());

        Files.delete(jar);
        BuildClasspath.of("maven", project, cache());

        assertThat(runs()).isEqualTo(2);
    }

    @Test
    void aFailingBuildIsOneLineWithItsFirstErrorAndNothingIsCached() throws IOException {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        fakeMaven("echo '[INFO] Scanning for projects...'\n"
                + "printf '\\033[1;31m[ERROR]\\033[m Non-resolvable parent POM for t:t:1: not found\\n'\n"
                + "echo '[ERROR] another line'\nexit 1");

        assertThatThrownBy(() -> BuildClasspath.of("maven", project, cache()))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.TOOL))
                .hasMessage("Maven could not tell the classpath of " + project + " (exit code 1): Non-resolvable parent"
                        + " POM for t:t:1: not found; fix the build (run " + project.resolve("mvnw") + " there to see the"
                        + " whole output) or list the classpath entries in migrations.classpath");
        assertThat(cache()).isDirectoryNotContaining("glob:**/classpath-maven.txt");
        assertThat(cache()).isEmptyDirectory();
    }

    @Test
    void aFolderWithoutPomSaysWhereToPoint() {
        assertThatThrownBy(() -> BuildClasspath.of("maven", project, cache()))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG))
                .hasMessage("classpath: maven, but " + project + " has no pom.xml; set migrations.project_dir to the"
                        + " Maven project's folder, or list the classpath entries");
    }

    @Test
    void gradleNeedsTheProjectsWrapper() {
        assertThatThrownBy(() -> BuildClasspath.of("gradle", project, cache()))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG))
                .hasMessageStartingWith("classpath: gradle needs the project's Gradle wrapper, but " + project
                        + " has no gradlew;");
    }

    @Test
    void aWrapperThatCannotStartIsOneLine() throws IOException {
        Files.writeString(project.resolve("gradlew"), "#!/bin/sh\n"); // not executable

        assertThatThrownBy(() -> BuildClasspath.of("gradle", project, cache()))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.TOOL))
                .hasMessageStartingWith("classpath: gradle needs Gradle, but " + project.resolve("gradlew")
                        + " cannot be started (")
                .hasMessageEndingWith("); install it, or list the classpath entries in migrations.classpath");
    }

    @Test
    void gradlesAnswerGivesClassFoldersFirstAndDropsLibrariesThatAreNotThere() throws IOException {
        Path jar = touch(elsewhere.resolve("dep-1.0.jar"));
        Files.writeString(project.resolve("build.gradle"), "plugins { id 'java' }\n");
        script("gradlew", """
                for arg in "$@"; do case "$arg" in -PwsMigrateAnswer=*) answer="${arg#-PwsMigrateAnswer=}";; esac; done
                echo run >> runs.txt
                printf 'classes\\t%s\\nlibrary\\t%s\\nlibrary\\t%s\\n' "$PWD/build/classes/java/main" "JAR" \
                  "$PWD/build/resources/main" > "$answer"
                """.replace("JAR", jar.toString()));

        assertThat(BuildClasspath.of("gradle", project, cache()))
                .containsExactly(project.toRealPath().resolve("build/classes/java/main"), jar);
        BuildClasspath.of("gradle", project, cache());
        assertThat(runs()).isEqualTo(1);
    }

    private void fakeMaven(String answering) throws IOException {
        script("mvnw", """
                for arg in "$@"; do case "$arg" in -DoutputFile=*) answer="${arg#-DoutputFile=}";; esac; done
                echo run >> runs.txt
                """ + answering + "\n");
    }

    private void script(String name, String body) throws IOException {
        Path file = project.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private int runs() throws IOException {
        return Files.readAllLines(project.resolve("runs.txt")).size();
    }

    private Path cache() throws IOException {
        return Files.createDirectories(project.resolve(".ws-migrate/cache"));
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(project.resolve(name).getParent());
        Files.writeString(project.resolve(name), text);
    }

    private static Path touch(Path file) throws IOException {
        Files.write(file, new byte[0]);
        return file;
    }
}

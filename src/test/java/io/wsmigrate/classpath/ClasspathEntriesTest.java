package io.wsmigrate.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Globs and folders of jars, as a user of java -cp, Ant or Gradle writes them. */
class ClasspathEntriesTest {
    @TempDir
    Path dir;

    @Test
    void aStarJarGlobIsTheFolderJarsSortedByName() throws IOException {
        touch("lib/b.jar", "lib/a.jar", "lib/notes.txt", "lib/sub/c.jar");

        assertThat(ClasspathEntries.expand(List.of(dir.resolve("lib/*.jar"))))
                .containsExactly(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar"));
    }

    @Test
    void aBareStarIsTheFolderJarsOnlyAsOnAJavaCommandLine() throws IOException {
        touch("lib/b.JAR", "lib/a.jar", "lib/notes.txt", "lib/sub/c.jar");

        assertThat(ClasspathEntries.expand(List.of(dir.resolve("lib/*"))))
                .containsExactly(dir.resolve("lib/a.jar"), dir.resolve("lib/b.JAR"));
    }

    @Test
    void doubleStarReachesJarsAtAnyDepthIncludingTheFolderItself() throws IOException {
        touch("lib/a.jar", "lib/x/b.jar", "lib/x/y/c.jar", "lib/x/readme.md");

        List<Path> all = List.of(dir.resolve("lib/a.jar"), dir.resolve("lib/x/b.jar"), dir.resolve("lib/x/y/c.jar"));
        assertThat(ClasspathEntries.expand(List.of(dir.resolve("lib/**")))).containsExactlyElementsOf(all);
        assertThat(ClasspathEntries.expand(List.of(dir.resolve("lib/**/*.jar")))).containsExactlyElementsOf(all);
    }

    @Test
    void aGlobInAFolderPartMatchesClassFolders() throws IOException {
        touch("modules/a/target/classes/A.class", "modules/b/target/classes/B.class", "modules/c/pom.xml");

        assertThat(ClasspathEntries.expand(List.of(dir.resolve("modules/*/target/classes"))))
                .containsExactly(dir.resolve("modules/a/target/classes"), dir.resolve("modules/b/target/classes"));
    }

    @Test
    void entriesKeepTheirOrderAndAJarNamedTwiceCountsOnce() throws IOException {
        touch("classes/A.class", "lib/a.jar", "lib/b.jar");

        assertThat(ClasspathEntries.expand(List.of(dir.resolve("classes"), dir.resolve("lib/b.jar"),
                dir.resolve("lib/*.jar"))))
                .containsExactly(dir.resolve("classes"), dir.resolve("lib/b.jar"), dir.resolve("lib/a.jar"));
    }

    @Test
    void aGlobMatchingNothingSaysSoInOneLine() throws IOException {
        touch("lib/readme.md");

        for (String pattern : List.of("lib/*.jar", "missing/*.jar")) {
            assertThatThrownBy(() -> ClasspathEntries.expand(List.of(dir.resolve(pattern))))
                    .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                    .hasMessage("migrations.classpath entry " + dir.resolve(pattern)
                            + " matches no jar or folder; build the project first or fix the pattern");
        }
    }

    @Test
    void aFolderOfJarsWithNoClassesIsRefusedWithWhatToWrite() throws IOException {
        touch("lib/a.jar", "lib/b.jar");

        assertThatThrownBy(() -> ClasspathEntries.expand(List.of(dir.resolve("lib"))))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessage("migrations.classpath entry " + dir.resolve("lib") + " is a folder of jars with no classes;"
                        + " write " + dir.resolve("lib/*.jar") + " to put its jars on the classpath");
    }

    @Test
    void aClassFolderThatAlsoHoldsAJarIsAClassFolder() throws IOException {
        touch("classes/com/example/A.class", "classes/extra.jar");

        assertThat(ClasspathEntries.expand(List.of(dir.resolve("classes")))).containsExactly(dir.resolve("classes"));
    }

    @Test
    void aMissingPlainEntryIsLeftForTheScanToReport() {
        assertThat(ClasspathEntries.expand(List.of(dir.resolve("target/classes"))))
                .containsExactly(dir.resolve("target/classes"));
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[0]);
        }
    }
}

package io.wsmigrate.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptDirectoryInitTest {
    @TempDir
    Path dir;

    @Test
    void initCreatesReadmeAndEmptyVersionsFolder() throws Exception {
        Path folder = dir.resolve("app/migrations");

        ScriptDirectory scripts = ScriptDirectory.init(folder);

        assertThat(folder.resolve("README")).content().contains("versions/", "down_revision", "ws-migrate upgrade head");
        assertThat(folder.resolve("versions")).isDirectory();
        assertThat(scripts.revisions()).isEmpty();
        assertThat(scripts.isReadOnly()).isFalse();
        assertThat(scripts.location()).isEqualTo(new ScriptLocation.Folder(folder));
    }

    @Test
    void initKeepsVersionsFolderInGitWithAHiddenFileThatIsNoRevision() {
        Path folder = dir.resolve("migrations");

        ScriptDirectory.init(folder);

        assertThat(folder.resolve("versions")).isDirectoryContaining(path -> path.getFileName().toString().equals(".gitkeep"));
        assertThat(ScriptDirectory.open(new ScriptLocation.Folder(folder)).revisions()).isEmpty();
    }

    @Test
    void initAcceptsAnExistingEmptyFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("migrations"));

        ScriptDirectory.init(folder);

        assertThat(folder.resolve("README")).exists();
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(folder.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> ScriptDirectory.init(folder))
                .isInstanceOf(ScriptException.class)
                .hasMessage("cannot init " + folder + ": the folder exists and is not empty;"
                        + " choose a new folder or open the existing one");
        assertThat(folder.resolve("README")).doesNotExist();
    }

    @Test
    void openingAMissingFolderSuggestsInit() {
        Path folder = dir.resolve("nowhere");

        assertThatThrownBy(() -> ScriptDirectory.open(new ScriptLocation.Folder(folder)))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("scripts folder " + folder + " does not exist; create it with `ws-migrate init`");
    }

    @Test
    void openingAFolderWithoutVersionsNamesTheMissingFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("migrations"));

        assertThatThrownBy(() -> ScriptDirectory.open(new ScriptLocation.Folder(folder)))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("scripts folder " + folder + " has no versions/ folder; create it (mkdir "
                        + folder.resolve("versions") + ")");
    }

    @Test
    void settingsLocationIsAFolderOrAClasspathFolder() {
        Path base = dir.resolve("project");

        assertThat(ScriptLocation.parse("migrations", base, List.of()))
                .isEqualTo(new ScriptLocation.Folder(base.resolve("migrations")));
        assertThat(ScriptLocation.parse("classpath:/com/acme/migrations/", base, List.of(dir)))
                .isEqualTo(new ScriptLocation.Classpath("com/acme/migrations", List.of(dir)));
        assertThat(ScriptLocation.parse("classpath:com/acme/migrations", base, List.of()).describe())
                .isEqualTo("classpath:com/acme/migrations");
    }
}

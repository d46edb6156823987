package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ClasspathLocationTest {
    private static final String FOLDER = "com/acme/billing/migrations";

    @TempDir
    Path dir;

    @Test
    void readsRevisionsFromAClasspathDirectory() {
        Path classes = dir.resolve("classes");
        ScriptDirectory.init(classes.resolve(FOLDER)).write(Samples.revision("a1"));

        ScriptDirectory scripts = ScriptDirectory.open(new ScriptLocation.Classpath(FOLDER, List.of(classes)));

        assertThat(scripts.isReadOnly()).isTrue();
        assertThat(scripts.revisions()).extracting(Revision::id).containsExactly("a1");
        assertThat(scripts.load("a1").upgrade()).hasSize(1);
    }

    @Test
    void readsRevisionsFromAJarWithoutDirectoryEntries() throws Exception {
        Path source = dir.resolve("source");
        ScriptDirectory onDisk = ScriptDirectory.init(source);
        Path first = onDisk.write(Samples.revision("a1"));
        Path second = onDisk.write(Samples.revision("b2", "a1"));
        Path jar = jar("billing.jar", Map.of(
                FOLDER + "/README", "readme",
                FOLDER + "/versions/" + first.getFileName(), Files.readString(first),
                FOLDER + "/versions/" + second.getFileName(), Files.readString(second),
                FOLDER + "/versions/nested/c3_ignored.yaml", "revision: c3\n",
                "com/acme/billing/Offer.class", "not really a class"));

        ScriptDirectory scripts = ScriptDirectory.open(new ScriptLocation.Classpath("/" + FOLDER + "/", List.of(jar)));

        assertThat(scripts.isReadOnly()).isTrue();
        assertThat(scripts.revisions()).extracting(Revision::id).containsExactly("a1", "b2");
        RevisionScript loaded = scripts.load("b2");
        assertThat(loaded.revision().downRevisions()).containsExactly("a1");
        assertThat(loaded.checksum()).isEqualTo(onDisk.load("b2").checksum());
        assertThat(loaded.path()).isEqualTo("jar:" + jar + "!/" + FOLDER + "/versions/" + second.getFileName());
    }

    @Test
    void earlierClasspathEntryWinsForTheSameFileAndOtherFilesAreMerged() throws Exception {
        Path jar = jar("lib.jar", Map.of(
                FOLDER + "/versions/a1_x.yaml", "revision: a1\nmessage: from the jar\nupgrade: []\n",
                FOLDER + "/versions/b2_y.yaml", "revision: b2\ndown_revision: a1\nupgrade: []\n"));
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve(FOLDER).resolve("versions"));
        Files.writeString(classes.resolve(FOLDER).resolve("versions/a1_x.yaml"),
                "revision: a1\nmessage: from the directory\nupgrade: []\n");
        Path missing = dir.resolve("not-built-yet");

        ScriptDirectory scripts = ScriptDirectory.open(new ScriptLocation.Classpath(FOLDER, List.of(missing, classes, jar)));

        assertThat(scripts.revisions()).extracting(Revision::id, Revision::message)
                .containsExactly(tuple("a1", "from the directory"),
                        tuple("b2", ""));
    }

    @Test
    void writingToAClasspathLocationIsRefused() throws Exception {
        Path jar = jar("lib.jar", Map.of(FOLDER + "/versions/a1_x.yaml", "revision: a1\nupgrade: []\n"));
        ScriptDirectory scripts = ScriptDirectory.open(new ScriptLocation.Classpath(FOLDER, List.of(jar)));

        assertThatThrownBy(() -> scripts.write(Samples.revision("b2", "a1")))
                .isInstanceOf(ScriptException.class)
                .hasMessage("cannot write revision b2: scripts location classpath:" + FOLDER + " is read-only;"
                        + " point migrations.location at the source folder to add revisions");
    }

    @Test
    void locationFoundInNoClasspathEntryNamesTheEntriesSearched() throws Exception {
        Path jar = jar("other.jar", Map.of("org/other/migrations/versions/a1.yaml", "revision: a1\n"));
        Path classes = Files.createDirectories(dir.resolve("classes"));

        assertThatThrownBy(() -> ScriptDirectory.open(new ScriptLocation.Classpath(FOLDER, List.of(classes, jar))))
                .isInstanceOf(ScriptException.class)
                .hasMessage("scripts location classpath:" + FOLDER + " was not found in the 2 classpath entries ("
                        + classes + ", " + jar + "); check migrations.classpath and migrations.location");
    }

    @Test
    void unreadableJarIsNamed() throws Exception {
        Path jar = Files.writeString(dir.resolve("broken.jar"), "this is not a zip file");

        assertThatThrownBy(() -> ScriptDirectory.open(new ScriptLocation.Classpath(FOLDER, List.of(jar))))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("cannot read jar " + jar + ": ")
                .hasMessageEndingWith("; rebuild it or remove it from migrations.classpath")
                .hasMessageNotContaining("\n");
    }

    @Test
    void errorsInsideAJarNameTheEntry() throws Exception {
        Path jar = jar("lib.jar", Map.of(FOLDER + "/versions/a1_x.yaml", "revision: a1\nsurprise: 1\n"));
        ScriptDirectory scripts = ScriptDirectory.open(new ScriptLocation.Classpath(FOLDER, List.of(jar)));

        assertThatThrownBy(scripts::revisions)
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("jar:" + jar + "!/" + FOLDER + "/versions/a1_x.yaml:2:1: unknown key 'surprise'");
    }

    /** A jar holding only file entries, as many build tools produce: no entries for the folders. */
    private Path jar(String name, Map<String, String> files) throws Exception {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Map.Entry<String, String> file : new LinkedHashMap<>(files).entrySet()) {
                jarOut.putNextEntry(new JarEntry(file.getKey()));
                jarOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
        }
        try (JarFile check = new JarFile(jar.toFile())) {
            assertThat(check.stream()).noneMatch(JarEntry::isDirectory);
        }
        return jar;
    }
}

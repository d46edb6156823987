package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.entities.JarFixture;
import io.wsmigrate.testing.TestProject.CliRun;
import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity-model cache end to end: an unchanged model is read from {@code .ws-migrate/cache}
 * (its entry is not rewritten) and gives the same revision as a run that booted Hibernate; a
 * changed entity, a changed Hibernate setting or a damaged entry never gives the old model.
 */
class EntityModelCacheTest {
    private static final String ITEM = """
            package cachetest;

            import jakarta.persistence.*;

            @Entity
            public class Item {
                @Id Long id;
                @Column(length = %d) String name;
                java.math.BigDecimal unitPrice;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aHitWritesTheRevisionAMissWrote() throws IOException {
        TestProject project = project(40, "");
        String missed = revision(project, "r1");
        Path entry = onlyEntry(project);
        Object written = fileKey(entry);

        Files.delete(project.versions().resolve(only(project.revisionFiles())));
        String hit = revision(project, "r1");

        assertThat(hit).isEqualTo(missed).contains("unitprice", "40");
        assertThat(fileKey(entry)).as("a hit reads the entry and leaves it as it was").isEqualTo(written);
        assertThat(entries(project)).containsExactly(entry);
    }

    @Test
    void aChangedFieldMisses() throws IOException {
        TestProject project = project(40, "");
        assertThat(project.run("upgrade", "head").exitCode()).isZero();
        revision(project, "r1");
        assertThat(project.run("upgrade", "head").exitCode()).isZero();

        JarFixture.compile(dir.resolve("entities"), Map.of("cachetest.Item", ITEM.formatted(80)));
        String changed = revision(project, "r2");

        assertThat(changed).contains("modifyDataType", "80");
        assertThat(entries(project)).hasSize(2);
    }

    @Test
    void aChangedSettingMisses() throws IOException {
        TestProject project = project(40, "");
        assertThat(revision(project, "r1")).contains("name: unitprice");
        Files.delete(project.versions().resolve(only(project.revisionFiles())));

        TestProject underscores = project(40, "hibernate:\n  hibernate.physical_naming_strategy:"
                + " org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n");
        assertThat(revision(underscores, "r1")).contains("name: unit_price").doesNotContain("unitprice");
    }

    @Test
    void aDamagedEntryIsIgnoredAndWrittenAgain() throws IOException {
        TestProject project = project(40, "");
        String missed = revision(project, "r1");
        Path entry = onlyEntry(project);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(entry, bytes);

        Files.delete(project.versions().resolve(only(project.revisionFiles())));
        assertThat(revision(project, "r1")).isEqualTo(missed);
        assertThat(Files.readAllBytes(entry)).as("rebuilt").isNotEqualTo(bytes);

        Files.write(entry, new byte[] {1, 2, 3});
        Files.delete(project.versions().resolve(only(project.revisionFiles())));
        assertThat(revision(project, "r1")).isEqualTo(missed);
    }

    @Test
    void offKeepsNothing() throws IOException {
        TestProject project = project(40, "").with("WS_MIGRATE_MODEL_CACHE", "off");
        revision(project, "r1");
        assertThat(entries(project)).isEmpty();
    }

    private TestProject project(int nameLength, String migrationsOption) throws IOException {
        Path classes = JarFixture.compile(dir.resolve("entities"), Map.of("cachetest.Item", ITEM.formatted(nameLength)));
        var builder = TestProject.in(dir.resolve("project")).entities("cachetest").entitiesFrom(classes);
        if (!migrationsOption.isEmpty()) {
            builder.migrationsOption(migrationsOption);
        }
        return Files.isDirectory(dir.resolve("project/migrations")) ? builder.withoutScriptsFolder().create()
                : builder.create();
    }

    private static String revision(TestProject project, String id) throws IOException {
        CliRun run = project.run("revision", "--autogenerate", "-m", "cache", "--rev-id", id);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(project.versions().resolve(project.revisionFiles().stream()
                .filter(name -> name.startsWith(id)).findFirst().orElseThrow()));
        return text.replaceAll("(?m)^(# Create Date:|create_date:).*$", "(the time of the run)");
    }

    private static Path onlyEntry(TestProject project) throws IOException {
        List<Path> entries = entries(project);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static List<Path> entries(TestProject project) throws IOException {
        Path folder = project.dir().resolve(".ws-migrate/cache");
        List<Path> entries = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "entity-model-*.bin")) {
                files.forEach(entries::add);
            }
        }
        return entries;
    }

    private static String only(List<String> files) {
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}

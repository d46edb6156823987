package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.entities.EntityModelLoader;
import io.wsmigrate.entities.EntitySource;
import io.wsmigrate.entities.HibernateOnClasspath;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Hibernate builds the model, and the one-line errors when the application's cannot. */
class ApplicationHibernateErrorsTest {
    private static final String PACKAGE = "io.wsmigrate.autogen.fixtures.sessionfactory";

    @TempDir
    Path folder;

    @Test
    void theFirstHibernateCoreOnTheClasspathIsTheOneThatBuildsTheModel() {
        HibernateOnClasspath found = HibernateOnClasspath.find(ApplicationClasspath.onHibernate66());
        assertThat(found.version()).isEqualTo("6.6.36.Final");
        assertThat(found.isApplications()).isTrue();
        assertThat(found.describe()).isEqualTo("6.6.36.Final (the application's, hibernate-core-6.6.36.Final.jar)");

        HibernateOnClasspath none = HibernateOnClasspath.find(ApplicationClasspath.withoutHibernate());
        assertThat(none.isApplications()).isFalse();
        assertThat(none.describe()).isEqualTo(org.hibernate.Version.getVersionString()
                + " (ws-migrate's own; the classpath has no hibernate-core)");
    }

    @Test
    void theModelSaysWhichHibernateBuiltIt() {
        try (EntityModel model = EntityModelLoader.load(source(ApplicationClasspath.onHibernate66()))) {
            assertThat(model.hibernate().version()).isEqualTo("6.6.36.Final");
            assertThat(model.entityNames()).contains("Member", "Course");
        }
    }

    /** 5.x, and 6.4 (DSpace 8's), which lacks {@code Column.isIdentity} and fails only once booted. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"5.6.15.Final", "6.4.8.Final"})
    void aHibernateOlderThan66IsRefusedInOneLine(String version) throws IOException {
        Path old = hibernateJar("hibernate-core-" + version + ".jar", version);
        List<Path> classpath = new ArrayList<>(ApplicationClasspath.withoutHibernate());
        classpath.add(old);
        assertThatThrownBy(() -> EntityModelLoader.load(source(classpath)))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG))
                .hasMessage("the classpath holds Hibernate " + version + " (" + old + "), but ws-migrate builds the model"
                        + " with Hibernate 6.6 or later, or 7.x; upgrade the application's hibernate-core, or leave"
                        + " its jar off migrations.classpath to use ws-migrate's own "
                        + org.hibernate.Version.getVersionString());
    }

    @Test
    void hibernateCoreWithoutItsOwnLibrariesNamesTheMissingClass() {
        List<Path> classpath = new ArrayList<>(ApplicationClasspath.withoutHibernate());
        ApplicationClasspath.hibernate66Jars().stream()
                .filter(jar -> !jar.getFileName().toString().startsWith("hibernate-commons-annotations"))
                .forEach(classpath::add);
        assertThatThrownBy(() -> EntityModelLoader.load(source(classpath)))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageStartingWith("the application's Hibernate 6.6.36.Final (the application's,"
                        + " hibernate-core-6.6.36.Final.jar) needs org.hibernate.annotations.common.")
                .hasMessageEndingWith(", which is not on migrations.classpath; add the jars hibernate-core depends on"
                        + " (such as hibernate-commons-annotations or hibernate-models) to it, or, if the entities"
                        + " name that class, compile them against this Hibernate")
                .hasMessageNotContaining("\n");
    }

    @Test
    void hibernateCoreAloneBorrowsWsMigratesGeneralLibraries() {
        List<Path> classpath = new ArrayList<>(ApplicationClasspath.withoutHibernate());
        ApplicationClasspath.hibernate66Jars().stream()
                .filter(jar -> jar.getFileName().toString().startsWith("hibernate-"))
                .forEach(classpath::add);
        try (EntityModel model = EntityModelLoader.load(source(classpath))) {
            assertThat(model.hibernate().version()).isEqualTo("6.6.36.Final");
            assertThat(model.tableNames()).isNotEmpty();
        }
    }

    private static EntitySource source(List<Path> classpath) {
        return new EntitySource(classpath, List.of(PACKAGE), true, Map.of());
    }

    private Path hibernateJar(String name, String version) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Implementation-Version"), version);
        Path jar = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new JarEntry("org/hibernate/Version.class"));
            jarOut.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            jarOut.closeEntry();
        }
        return jar;
    }
}

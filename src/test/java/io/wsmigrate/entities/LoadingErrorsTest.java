package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user sees when the classes cannot be found, loaded or mapped: one line, the class, the reason. */
class LoadingErrorsTest {
    @TempDir
    Path tempDir;

    @Test
    void aMappingErrorNamesTheEntityAndHibernatesReason() {
        assertThatThrownBy(() -> EntityModelLoader.load(Fixtures.source(Fixtures.BROKEN, false)))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageStartingWith("Hibernate cannot map the entity classes: Entity '"
                        + Fixtures.BROKEN + ".Orphan' has no identifier")
                .hasMessageEndingWith("; fix the mapping and run again")
                .message().doesNotContain("\n");
    }

    @Test
    void aClassBuiltForAnotherHibernateIsNamedWithWhatToDoNotAsAMappingToFix() {
        // As HAPI FHIR 8.4's classpath brings hibernate-envers 6.6: its Configuration calls a method Hibernate 7 removed.
        NoSuchMethodError missing = new NoSuchMethodError("'org.hibernate.annotations.common.reflection.ReflectionManager"
                + " org.hibernate.boot.spi.BootstrapContext.getReflectionManager()'");
        missing.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.hibernate.envers.configuration.Configuration", "<init>", "Configuration.java", 191)});

        WsMigrateException e = MappingErrors.mappingFailed(missing);

        assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL);
        assertThat(e.getMessage())
                .startsWith("Hibernate cannot map the entity classes: NoSuchMethodError: 'org.hibernate.annotations")
                .contains("getReflectionManager()' in org.hibernate.envers.configuration.Configuration; a class on the"
                        + " entities classpath was compiled against another Hibernate than ws-migrate's "
                        + org.hibernate.Version.getVersionString())
                .endsWith(": use its version built for this Hibernate, or leave its jar off the classpath")
                .doesNotContain("fix the mapping")
                .doesNotContain("\n");
    }

    @Test
    void aDialectOtherThanPostgresqlIsRefused() {
        EntitySource mysql = Fixtures.source(Fixtures.OTHER, false,
                Map.of("hibernate.dialect", "org.hibernate.dialect.MySQLDialect"));

        assertThatThrownBy(() -> EntityModelLoader.load(mysql))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageStartingWith("the Hibernate dialect is org.hibernate.dialect.MySQLDialect but ws-migrate works"
                        + " with PostgreSQL only");
    }

    @Test
    void aPackageWithoutEntitiesIsAModelErrorNamingPackageAndClasspath() {
        String fixtures = "io.wsmigrate.entities.fixtures";

        assertThatThrownBy(() -> EntityModelLoader.load(Fixtures.source(fixtures, false)))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageContaining("no @Entity classes found in packages [" + fixtures + "]")
                .hasMessageContaining(Fixtures.testClasses().toString());
    }

    @Test
    void noPackagesAtAllIsAConfigError() {
        EntitySource none = new EntitySource(List.of(Fixtures.testClasses()), List.of(), true, Map.of());

        assertThatThrownBy(() -> EntityModelLoader.load(none))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG));
    }

    @Test
    void anEntityWhoseSuperclassIsMissingFromTheClasspathIsNamedWithTheMissingClass() throws IOException {
        Path classes = JarFixture.compile(tempDir, Map.of(
                "gone.Base", "package gone; @jakarta.persistence.MappedSuperclass public class Base { }",
                "gone.Gizmo", "package gone; @jakarta.persistence.Entity public class Gizmo extends Base {"
                        + " @jakarta.persistence.Id Long id; }"));
        Path jar = JarFixture.jarWithoutDirectoryEntries(classes, tempDir.resolve("gizmo.jar"),
                name -> name.equals("gone/Gizmo.class"));

        assertThatThrownBy(() -> EntityModelLoader.load(new EntitySource(List.of(jar), List.of("gone"), false, Map.of())))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessage("cannot load entity class gone.Gizmo: NoClassDefFoundError: gone/Base"
                        + " (caused by: ClassNotFoundException: gone.Base); add the classes it needs to the entities classpath");
    }

    @Test
    void aColumnDefinitionTheModelCannotCarryIsRefusedNamingTheColumn() throws IOException {
        Path classes = JarFixture.compile(tempDir, Map.of("odd.Thing", "package odd; @jakarta.persistence.Entity"
                + " public class Thing { @jakarta.persistence.Id Long id;"
                + " @jakarta.persistence.Column(columnDefinition = \"bigint references customer\") Long owner; }"));

        assertThatThrownBy(() -> EntityModelLoader.load(new EntitySource(List.of(classes), List.of("odd"), false, Map.of())))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageStartingWith("column thing.owner has the column definition 'bigint references customer'"
                        + " with unsupported clause 'references customer'");
    }
}

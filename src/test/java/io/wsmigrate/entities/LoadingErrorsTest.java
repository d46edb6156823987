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
    void aClassTheEntitiesNameByStringIsTheApplicationsToAddNotOneOfHibernatesLibraries() {
        // As Candlepin's entities on their own Hibernate 7.4.5: @GenericGenerator(strategy = "...") names a class
        // the classpath lacks; the line said "needs Could not load requested class : ..." and blamed hibernate-core's jars.
        String generator = "org.candlepin.model.CertificateSerialIdGenerator";
        RuntimeException failure = new org.hibernate.boot.registry.classloading.spi.ClassLoadingException(
                "Unable to load class [" + generator + "]",
                new ClassNotFoundException("Could not load requested class : " + generator));

        RuntimeException e = ApplicationHibernateErrors.translate(failure, HibernateOnClasspath.bundled());

        assertThat(e).isInstanceOfSatisfying(WsMigrateException.class,
                known -> assertThat(known.exitCode()).isEqualTo(ExitCode.MODEL));
        assertThat(e.getMessage()).isEqualTo("Hibernate cannot map the entity classes: they need " + generator
                + ", which is not on the classpath; add the jar or folder that holds it to migrations.classpath");
    }

    @Test
    void aMissingLibraryOfHibernateItselfStillAsksForHibernatesDependencies() {
        // byte-buddy is hibernate-core's, not the application's: the line keeps saying which jars to add
        RuntimeException failure = new IllegalStateException("cannot build the session factory",
                new NoClassDefFoundError("net/bytebuddy/ByteBuddy"));

        RuntimeException e = ApplicationHibernateErrors.translate(failure, HibernateOnClasspath.bundled());

        assertThat(e).isInstanceOfSatisfying(WsMigrateException.class,
                known -> assertThat(known.exitCode()).isEqualTo(ExitCode.MODEL));
        assertThat(e.getMessage()).contains("needs net.bytebuddy.ByteBuddy, which is not on migrations.classpath;"
                + " add the jars hibernate-core depends on");
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
    void aPackageWithoutEntitiesIsOneShortLineNamingThePackageNotTheWholeClasspath() {
        String fixtures = "io.wsmigrate.entities.fixtures";

        assertThatThrownBy(() -> EntityModelLoader.load(Fixtures.source(fixtures, false)))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageStartingWith("no @Entity classes in " + fixtures + " on migrations.classpath (1 entry);"
                        + " mapped classes are in ")
                .hasMessageEndingWith(": fix migrations.package")
                .message().doesNotContain(Fixtures.testClasses().toString());
    }

    @Test
    void aMistypedPackageSuggestsThePackagesThatHoldEntitiesClosestFirst() throws IOException {
        Path classes = JarFixture.compile(tempDir, Map.of(
                "com.example.shop.Offer", "package com.example.shop; @jakarta.persistence.Entity public class Offer {"
                        + " @jakarta.persistence.Id Long id; }",
                "com.example.billing.Invoice", "package com.example.billing; @jakarta.persistence.Entity public class"
                        + " Invoice { @jakarta.persistence.Id Long id; }",
                "com.example.util.Text", "package com.example.util; public class Text { }"));
        List<Path> longClasspath = new java.util.ArrayList<>(List.of(classes));
        for (int i = 0; i < 60; i++) {
            longClasspath.add(tempDir.resolve("lib/some-library-with-a-long-name-" + i + ".jar"));
        }

        assertThatThrownBy(() -> EntityModelLoader.load(new EntitySource(List.of(classes), List.of("com.exmaple.shop"),
                true, Map.of())))
                .hasMessage("no @Entity classes in com.exmaple.shop or its subpackages on migrations.classpath"
                        + " (1 entry); mapped classes are in com.example.shop, com.example.billing: fix migrations.package");
        assertThat(NoEntities.error(new EntitySource(longClasspath, List.of("com.exmaple.shop"), true, Map.of()))
                .getMessage()).hasSizeLessThan(200).contains("(61 entries)");
    }

    @Test
    void aClassMissingFromTheClasspathIsNamedHoweverHibernateWrapsIt() {
        Throwable wrapped = new RuntimeException("Could not instantiate",
                new java.lang.reflect.InvocationTargetException(new TypeNotPresentException("com.example.money.Money",
                        new ClassNotFoundException("com.example.money.Money"))));
        Throwable hibernateStyle = new IllegalStateException("Unable to load class [com.example.Money]",
                new ClassNotFoundException("Could not load requested class : com.example.Money"));

        assertThat(MappingErrors.mappingFailed(wrapped).getMessage()).isEqualTo("Hibernate cannot map the entity"
                + " classes: they need com.example.money.Money, which is not on the classpath; add the jar or folder"
                + " that holds it to migrations.classpath");
        assertThat(MappingErrors.mappingFailed(hibernateStyle).getMessage())
                .contains("they need com.example.Money, which is not on the classpath").doesNotContain("fix the mapping");
    }

    @Test
    void aNamingStrategyThatCannotBeLoadedNamesTheSettingAndTheClass() {
        EntitySource missingStrategy = Fixtures.source(Fixtures.OTHER, false,
                Map.of("hibernate.physical_naming_strategy", "com.example.naming.SnakeCaseStrategy"));

        assertThatThrownBy(() -> EntityModelLoader.load(missingStrategy))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessage("the Hibernate setting hibernate.physical_naming_strategy names"
                        + " com.example.naming.SnakeCaseStrategy, which is not on the classpath; add the jar or folder"
                        + " that holds it to migrations.classpath, or fix the class name");
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
                .hasMessage("cannot load entity class gone.Gizmo: it needs gone.Base, which is not on the classpath;"
                        + " add the jar or folder that holds it to migrations.classpath");
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

package io.wsmigrate.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package arrows of docs/architecture.md one-way. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.wsmigrate");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("root").definedBy("io.wsmigrate")
                .layer("sql").definedBy("io.wsmigrate.sql..")
                .layer("schema").definedBy("io.wsmigrate.schema..")
                .layer("ops").definedBy("io.wsmigrate.ops..")
                .layer("revision").definedBy("io.wsmigrate.revision..")
                .layer("compare").definedBy("io.wsmigrate.compare..")
                .layer("yaml").definedBy("io.wsmigrate.yaml..")
                .layer("config").definedBy("io.wsmigrate.config..")
                .layer("db").definedBy("io.wsmigrate.db..")
                .layer("introspect").definedBy("io.wsmigrate.introspect..")
                .layer("entities").definedBy("io.wsmigrate.entities..")
                .layer("liquibase").definedBy("io.wsmigrate.liquibase..")
                .layer("script").definedBy("io.wsmigrate.script..")
                .layer("runtime").definedBy("io.wsmigrate.runtime..")
                .layer("lint").definedBy("io.wsmigrate.lint..")
                .layer("pgclient").definedBy("io.wsmigrate.pgclient..")
                .layer("classpath").definedBy("io.wsmigrate.classpath..")
                .layer("command").definedBy("io.wsmigrate.command..")
                .layer("cli").definedBy("io.wsmigrate.cli..")
                .layer("maven").definedBy("io.wsmigrate.maven..")
                .whereLayer("maven").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("command").mayOnlyBeAccessedByLayers("cli", "maven")
                .whereLayer("runtime").mayOnlyBeAccessedByLayers("command", "cli", "maven")
                .whereLayer("lint").mayOnlyBeAccessedByLayers("command", "cli", "maven")
                .whereLayer("pgclient").mayOnlyBeAccessedByLayers("command", "cli", "maven")
                .whereLayer("classpath").mayOnlyBeAccessedByLayers("command", "cli", "maven")
                .whereLayer("script").mayOnlyBeAccessedByLayers("runtime", "command", "cli", "maven")
                .whereLayer("liquibase").mayOnlyBeAccessedByLayers("runtime", "command", "cli", "maven")
                .whereLayer("entities").mayOnlyBeAccessedByLayers("command", "cli", "maven")
                .whereLayer("introspect").mayOnlyBeAccessedByLayers("command", "cli", "maven")
                .whereLayer("db").mayOnlyBeAccessedByLayers("runtime", "pgclient", "command", "cli", "maven")
                .whereLayer("yaml").mayOnlyBeAccessedByLayers("config", "script")
                .whereLayer("config").mayOnlyBeAccessedByLayers("db", "runtime", "pgclient", "command", "cli", "maven")
                .whereLayer("compare").mayOnlyBeAccessedByLayers("command", "cli", "maven")
                .whereLayer("revision").mayOnlyBeAccessedByLayers("script", "runtime", "command", "cli", "maven")
                .whereLayer("ops").mayOnlyBeAccessedByLayers("compare", "liquibase", "command", "cli", "maven")
                .whereLayer("schema").mayOnlyBeAccessedByLayers("ops", "compare", "introspect", "entities",
                        "liquibase", "runtime", "command", "cli", "maven")
                .check(classes);
    }

    @Test
    void pureModelPackagesUseNoThirdPartyLibrary() {
        noClasses().that().resideInAnyPackage("io.wsmigrate.sql..", "io.wsmigrate.schema..", "io.wsmigrate.ops..",
                        "io.wsmigrate.revision..", "io.wsmigrate.compare..", "io.wsmigrate.lint..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.wsmigrate..", "java..")
                .check(classes);
    }

    @Test
    void theSqlReaderSitsAtTheBottomAndDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("io.wsmigrate.sql..")
                .should().dependOnClassesThat(resideInAPackage("io.wsmigrate..")
                        .and(resideOutsideOfPackage("io.wsmigrate.sql..")))
                .check(classes);
    }

    @Test
    void onlyEntitiesUsesHibernateAndOnlyChangesUsesLiquibase() {
        noClasses().that().resideOutsideOfPackage("io.wsmigrate.entities..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "jakarta.validation..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("io.wsmigrate.liquibase..")
                .should().dependOnClassesThat().resideInAnyPackage("liquibase..")
                .check(classes);
    }

    @Test
    void onlyTheCliPrintsReadsTheEnvironmentOrExits() {
        noClasses().that().resideOutsideOfPackages("io.wsmigrate.cli..", "io.wsmigrate.maven..")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("io.wsmigrate.cli..")
                .should().callMethod(System.class, "exit", int.class)
                .orShould().accessField(System.class, "out")
                .check(classes);
    }

    @Test
    void onlyTheMavenPluginUsesMaven() {
        noClasses().that().resideOutsideOfPackage("io.wsmigrate.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..")
                .check(classes);
    }
}

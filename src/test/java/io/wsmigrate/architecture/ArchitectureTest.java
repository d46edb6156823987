package io.wsmigrate.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.wsmigrate.command.Internal;
import io.wsmigrate.db.Database;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.runtime.VersionTable;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.speed.CompiledStepCache;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package arrows of docs/architecture.md one-way, and the Java API's boundary (docs/advanced.md). */
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
                .layer("speed").definedBy("io.wsmigrate.speed..")
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
                .whereLayer("speed").mayOnlyBeAccessedByLayers("script", "runtime", "entities", "command", "cli")
                .whereLayer("db").mayOnlyBeAccessedByLayers("speed", "runtime", "pgclient", "command", "cli", "maven")
                .whereLayer("yaml").mayOnlyBeAccessedByLayers("config", "script")
                .whereLayer("config").mayOnlyBeAccessedByLayers("db", "runtime", "pgclient", "command", "cli", "maven")
                .whereLayer("compare").mayOnlyBeAccessedByLayers("command", "cli", "maven")
                .whereLayer("revision").mayOnlyBeAccessedByLayers("speed", "script", "runtime", "command", "cli", "maven")
                .whereLayer("ops").mayOnlyBeAccessedByLayers("compare", "liquibase", "command", "cli", "maven")
                .whereLayer("schema").mayOnlyBeAccessedByLayers("ops", "compare", "introspect", "entities",
                        "liquibase", "runtime", "command", "cli", "maven")
                .check(classes);
    }

    /**
     * What only makes commands faster (docs/architecture.md, "What is remembered, and what
     * overlaps") sits behind one package: it knows the domain no further than a revision's
     * direction and a database to connect, so the domain packages never depend on how it works.
     */
    @Test
    void theSpeedSeamReachesNoFurtherThanRevisionsAndTheDatabase() {
        noClasses().that().resideInAPackage("io.wsmigrate.speed..")
                .should().dependOnClassesThat(resideInAPackage("io.wsmigrate..")
                        .and(resideOutsideOfPackages("io.wsmigrate.speed..", "io.wsmigrate.revision..", "io.wsmigrate.db.."))
                        .and(resideOutsideOfPackage("io.wsmigrate")))
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
    void theCliAndThePluginReachTheDatabaseOnlyThroughCommands() {
        noClasses().that().resideInAnyPackage("io.wsmigrate.cli..", "io.wsmigrate.maven..")
                .should().dependOnClassesThat().belongToAnyOf(VersionTable.class, Database.class, ScriptDirectory.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("a command takes the lock, checks and records what it does; the version table and the"
                        + " connection are the command package's (docs/advanced.md, the Java API)")
                .check(classes);
    }

    /** The Java API hands out commands, results and errors, never the parts a project holds nor its shortcuts ({@code speed}). */
    @Test
    void theJavaApiExposesNoInternalPart() {
        List<Class<?>> parts = List.of(VersionTable.class, Database.class, ScriptDirectory.class, Connection.class,
                CompiledStepCache.class, EntityModel.class);
        methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("io.wsmigrate.command")
                .and().areDeclaredInClassesThat().arePublic()
                .and().areNotAnnotatedWith(Internal.class)
                .should(new ArchCondition<JavaMethod>("neither take nor return a part of a project") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                                .filter(type -> parts.stream().anyMatch(type::isEquivalentTo)
                                        || type.getPackageName().startsWith("io.wsmigrate.speed"))
                                .forEach(type -> events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " exposes " + type.getName())));
                    }
                })
                .check(classes);
    }

    @Test
    void internalMembersAreCalledOnlyByTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("io.wsmigrate.command..", "io.wsmigrate.cli..")
                .should().accessTargetWhere(JavaAccess.Predicates.target(
                        CanBeAnnotated.Predicates.annotatedWith(Internal.class)))
                .orShould().dependOnClassesThat().areAnnotatedWith(Internal.class)
                .check(classes);
    }

    @Test
    void onlyTheMavenPluginUsesMaven() {
        noClasses().that().resideOutsideOfPackage("io.wsmigrate.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..")
                .check(classes);
    }
}

package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.autogen.oracle.CatalogSnapshot;
import io.wsmigrate.autogen.oracle.HibernateSchemaExport;
import io.wsmigrate.autogen.oracle.IsolatedSchemaExport;
import io.wsmigrate.command.AutogenerateCommands;
import io.wsmigrate.command.AutogenerateCommands.DiffOptions;
import io.wsmigrate.command.AutogenerateCommands.RenameDecider;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands.RevisionRequest;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.MigrationsSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The autogenerate round trip with the application's own Hibernate (issue 14): the same entities
 * on an application classpath that holds Hibernate 6.6, and on one that holds none (ws-migrate's
 * bundled 7.x builds the model). The oracle is the SessionFactory of that same Hibernate creating
 * the schema on an empty database: autogenerate + upgrade gives exactly that catalog, {@code check}
 * on the database Hibernate built finds nothing, {@code downgrade -1} empties it again.
 */
class ApplicationHibernateRoundTripTest {
    private static final String PACKAGE = "io.wsmigrate.autogen.fixtures.sessionfactory";
    private static final List<String> ENTITIES = Stream.of("Member", "Course", "Enrollment", "Vehicle", "Truck")
            .map(name -> PACKAGE + "." + name).toList();

    @TempDir
    Path folder;

    static Stream<Arguments> applications() {
        Map<String, String> naming = Map.of("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        return Stream.of(
                Arguments.of("Hibernate 6.6", ApplicationClasspath.onHibernate66(), Map.of()),
                Arguments.of("Hibernate 6.6", ApplicationClasspath.onHibernate66(), naming),
                Arguments.of("Hibernate 6.6", ApplicationClasspath.onHibernate66(),
                        Map.of("hibernate.column_ordering_strategy", "legacy")),
                Arguments.of("bundled Hibernate", ApplicationClasspath.withoutHibernate(), Map.of()),
                Arguments.of("bundled Hibernate", ApplicationClasspath.withoutHibernate(), naming));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("applications")
    void autogenerateGivesTheSchemaOfTheApplicationsOwnHibernate(String name, List<Path> classpath,
                                                                Map<String, String> hibernate) {
        roundTrip(PACKAGE, ENTITIES, classpath, hibernate);
    }

    /**
     * Where the two versions create different schemas, ws-migrate follows each: {@code @Index(options)}
     * (JPA 3.2) is written into the DDL by Hibernate 7 (a partial and a covering index) and not read
     * by Hibernate 6.6, which creates plain indexes.
     */
    @org.junit.jupiter.api.Test
    void whereTheVersionsCreateDifferentSchemasEachIsFollowed() {
        String indexOptions = "io.wsmigrate.autogen.fixtures.indexoptions";
        List<String> entities = List.of(indexOptions + ".Item");
        List<String> by66 = roundTrip(indexOptions, entities, ApplicationClasspath.onHibernate66(), Map.of());
        List<String> byBundled = roundTrip(indexOptions, entities, ApplicationClasspath.withoutHibernate(), Map.of());
        assertThat(byBundled).as("Hibernate 7's catalog").anyMatch(line -> line.endsWith("WHERE active"));
        assertThat(by66).as("Hibernate 6.6's catalog").noneMatch(line -> line.contains(" WHERE ") || line.contains("INCLUDE"))
                .isNotEqualTo(byBundled);
    }

    /** The round trip for {@code entities}; returns the oracle's catalog. */
    private List<String> roundTrip(String packageName, List<String> entities, List<Path> classpath,
                                   Map<String, String> hibernate) {
        DatabaseSettings byHibernate = TestPostgres.get().freshDatabase();
        createWithSessionFactory(byHibernate, classpath, entities, hibernate);
        List<String> expected = conjunctsSorted(CatalogSnapshot.of(byHibernate));
        assertThat(expected).as("the oracle's catalog").isNotEmpty();

        String run = java.util.UUID.randomUUID().toString();
        DatabaseSettings byRevisions = TestPostgres.get().freshDatabase();
        try (Project project = project(byRevisions, packageName, classpath, hibernate, run + "-fresh")) {
            new AutogenerateCommands(project).revision(new RevisionRequest("initial", null, null, false, null, null),
                    DiffOptions.defaults(), RenameDecider.NEVER);
            MigrationCommands migrations = new MigrationCommands(project);
            migrations.upgrade("head", MigrationOptions.defaults(), MigrationListener.NONE);
            assertThat(conjunctsSorted(CatalogSnapshot.of(byRevisions))).as("catalog after upgrade head")
                    .containsExactlyElementsOf(expected);
            migrations.downgrade("-1", MigrationOptions.defaults(), MigrationListener.NONE);
            assertThat(CatalogSnapshot.of(byRevisions)).as("catalog after downgrade -1").isEmpty();
        }
        try (Project project = project(byHibernate, packageName, classpath, hibernate, run + "-built")) {
            assertThat(new AutogenerateCommands(project).check(DiffOptions.defaults()).differences())
                    .as("check on the database Hibernate created").isEmpty();
        }
        return expected;
    }

    /**
     * The catalog with the parts of each {@code CHECK (((a) AND (b)))} in sorted order. Hibernate 6.6
     * writes the {@code @Min} and {@code @Max} parts of Hibernate Validator's composed {@code @Range}
     * in the order of a hash set, which differs between class loaders; both orders are the same
     * constraint, and the diff engine compares them as one.
     */
    private static List<String> conjunctsSorted(List<String> catalog) {
        return catalog.stream().map(line -> {
            int check = line.indexOf(" c CHECK (((");
            if (check < 0 || !line.endsWith(")))")) {
                return line;
            }
            String body = line.substring(check + " c CHECK (((".length(), line.length() - ")))".length());
            List<String> parts = Stream.of(body.split("\\) AND \\(")).sorted().toList();
            return line.substring(0, check) + " c CHECK (((" + String.join(") AND (", parts) + ")))";
        }).toList();
    }

    /** The oracle: the application's own Hibernate if its classpath has one, else the bundled one. */
    static void createWithSessionFactory(DatabaseSettings database, List<Path> classpath, List<String> entities,
                                         Map<String, String> hibernate) {
        if (classpath.equals(ApplicationClasspath.withoutHibernate())) {
            HibernateSchemaExport.createByName(database, entities, hibernate);
        } else {
            IsolatedSchemaExport.create(database, classpath, entities, hibernate);
        }
    }

    private Project project(DatabaseSettings database, String packageName, List<Path> classpath,
                            Map<String, String> hibernate, String name) {
        Path dir = folder.resolve(name);
        ScriptDirectory.init(dir.resolve("migrations"));
        MigrationsSettings migrations = new MigrationsSettings(packageName, classpath,
                dir.resolve("migrations").toString(), null, hibernate, false);
        Settings settings = new Settings(dir.resolve("ws-migrate.yaml"), dir, database, migrations, null);
        return new Project(settings, Map.of(), Clock.systemUTC());
    }
}

package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.autogen.fixtures.sessionfactory.Course;
import io.wsmigrate.autogen.fixtures.sessionfactory.Enrollment;
import io.wsmigrate.autogen.fixtures.sessionfactory.Member;
import io.wsmigrate.autogen.fixtures.sessionfactory.Truck;
import io.wsmigrate.autogen.fixtures.sessionfactory.Vehicle;
import io.wsmigrate.autogen.oracle.CatalogSnapshot;
import io.wsmigrate.autogen.oracle.HibernateSchemaExport;
import io.wsmigrate.command.AutogenerateCommands.DiffOptions;
import io.wsmigrate.command.AutogenerateCommands.RenameDecider;
import io.wsmigrate.command.AutogenerateCommands;
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
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema a running application creates (issue 11, item 8): Bean Validation applied to the DDL,
 * and the column order of tables, primary keys, join tables and indexes. The oracle is Hibernate's
 * own SessionFactory creating the schema on an empty database with the same settings. For each
 * setting: autogenerate + upgrade on a fresh database gives exactly that catalog; {@code check} on
 * the database Hibernate built finds nothing; {@code downgrade -1} leaves the database empty again.
 */
@Tag(TestPostgres.COMPAT_TAG)
class SessionFactoryRoundTripTest {
    private static final String PACKAGE = "io.wsmigrate.autogen.fixtures.sessionfactory";
    private static final List<Class<?>> ENTITIES = List.of(Member.class, Course.class, Enrollment.class,
            Vehicle.class, Truck.class);

    @TempDir
    Path folder;

    /** Every setting on the default major; on the compatibility suite's other majors, the first three. */
    static Stream<Arguments> settings() {
        return allSettings().limit(System.getProperty(TestPostgres.MAJOR_PROPERTY, "").isBlank() ? Long.MAX_VALUE : 3);
    }

    private static Stream<Arguments> allSettings() {
        return Stream.of(
                Arguments.of(Map.of()),
                Arguments.of(Map.of("hibernate.column_ordering_strategy", "legacy")),
                Arguments.of(Map.of("jakarta.persistence.validation.mode", "ddl")),
                Arguments.of(Map.of("jakarta.persistence.validation.mode", "none")),
                Arguments.of(Map.of("javax.persistence.validation.mode", "callback")),
                Arguments.of(Map.of("hibernate.validator.apply_to_ddl", "false")),
                Arguments.of(Map.of("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                        "hibernate.column_ordering_strategy", "default")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void autogenerateGivesTheSchemaTheSessionFactoryCreatesAndCheckFindsNothingInIt(Map<String, String> hibernate) {
        roundTrip(folder, PACKAGE, ENTITIES, hibernate);
    }

    /**
     * The round trip against the SessionFactory's schema for the entities of {@code packageName}:
     * autogenerate + upgrade gives its catalog, {@code check} on it finds nothing, downgrade empties.
     */
    static void roundTrip(Path folder, String packageName, List<Class<?>> entities, Map<String, String> hibernate) {
        DatabaseSettings byHibernate = TestPostgres.get().freshDatabase();
        HibernateSchemaExport.create(byHibernate, entities, hibernate);
        List<String> expected = CatalogSnapshot.of(byHibernate);

        DatabaseSettings byRevisions = TestPostgres.get().freshDatabase();
        try (Project project = project(folder, packageName, byRevisions, hibernate, "fresh")) {
            new AutogenerateCommands(project).revision(new RevisionRequest("initial", null, null, false, null, null),
                    DiffOptions.defaults(), RenameDecider.NEVER);
            MigrationCommands migrations = new MigrationCommands(project);
            migrations.upgrade("head", MigrationOptions.defaults(), MigrationListener.NONE);
            assertThat(CatalogSnapshot.of(byRevisions)).as("catalog after upgrade head")
                    .containsExactlyElementsOf(expected);
            migrations.downgrade("-1", MigrationOptions.defaults(), MigrationListener.NONE);
            assertThat(CatalogSnapshot.of(byRevisions)).as("catalog after downgrade -1").isEmpty();
        }
        try (Project project = project(folder, packageName, byHibernate, hibernate, "built")) {
            assertThat(new AutogenerateCommands(project).check(DiffOptions.defaults()).differences())
                    .as("check on the database Hibernate created").isEmpty();
        }
    }

    private static Project project(Path folder, String packageName, DatabaseSettings database,
                                   Map<String, String> hibernate, String name) {
        Path dir = folder.resolve(name);
        ScriptDirectory.init(dir.resolve("migrations"));
        MigrationsSettings migrations = new MigrationsSettings(packageName, List.of(testClasses()),
                dir.resolve("migrations").toString(), null, hibernate, false);
        Settings settings = new Settings(dir.resolve("ws-migrate.yaml"), dir, database, migrations, null);
        return new Project(settings, Map.of(), Clock.systemUTC());
    }

    private static Path testClasses() {
        try {
            return Path.of(Member.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

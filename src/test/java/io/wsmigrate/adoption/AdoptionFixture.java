package io.wsmigrate.adoption;

import io.wsmigrate.command.AutogenerateCommands;
import io.wsmigrate.command.AutogenerateCommands.Against;
import io.wsmigrate.command.AutogenerateCommands.DiffOptions;
import io.wsmigrate.command.AutogenerateCommands.RenameDecider;
import io.wsmigrate.command.DriftCommands;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands.RevisionRequest;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.MigrationsSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.introspect.IntrospectOptions;
import io.wsmigrate.introspect.SchemaText;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project whose entities are one of the {@code adoption.v1} / {@code adoption.v2} packages, its
 * scripts folder, and one database: the steps of an adoption flow as the commands run them.
 */
final class AdoptionFixture {
    static final String V1 = "io.wsmigrate.adoption.v1";
    static final String V2 = "io.wsmigrate.adoption.v2";
    private static final String VERSION_TABLE = "ws_migrate_adoption";
    private static final Set<QualifiedName> PACKAGE_TABLES = Set.of(QualifiedName.of("owner"), QualifiedName.of("pet"));

    private final Path folder;
    private final DatabaseSettings database;

    private AdoptionFixture(Path folder, DatabaseSettings database) {
        this.folder = folder;
        this.database = database;
    }

    /** An empty scripts folder and a fresh database, for the test to fill as the origin did. */
    static AdoptionFixture create(Path folder) {
        TestProject project = TestProject.in(folder).entities(V1).entitiesFrom(testClasses())
                .versionTable(VERSION_TABLE).create();
        return new AdoptionFixture(folder, project.database());
    }

    /** The same scripts folder on another, empty database. */
    AdoptionFixture onFreshDatabase() {
        return new AdoptionFixture(folder, TestProject.freshDatabase());
    }

    Project project(String entities) {
        return project(entities, List.of());
    }

    /** The project whose settings adopt {@code adopt} (migrations.adopt). */
    Project project(String entities, List<String> adopt) {
        MigrationsSettings migrations = new MigrationsSettings(entities, List.of(testClasses()),
                folder.resolve("migrations").toString(), VERSION_TABLE, Map.of(), false, adopt);
        return new Project(new Settings(folder.resolve(TestProject.SETTINGS_FILE), folder, database, migrations, null),
                Map.of(), Clock.systemUTC());
    }

    void initialMigrationAndStamp() {
        try (Project project = project(V1)) {
            new AutogenerateCommands(project).revision(request("initial migration"),
                    new DiffOptions(Against.SCRIPTS, false, Map.of(), false, false), RenameDecider.NEVER);
            new MigrationCommands(project).stamp(List.of("head"), false, MigrationOptions.defaults(),
                    MigrationListener.NONE);
        }
    }

    List<String> entityDifferences(String entities) {
        try (Project project = project(entities)) {
            return new AutogenerateCommands(project).check(DiffOptions.defaults()).differences();
        }
    }

    DriftCommands.Report drift() {
        try (Project project = project(V1)) {
            return new DriftCommands(project).check();
        }
    }

    DriftCommands.Convergence converge(DriftCommands.Truth truth) {
        try (Project project = project(V1)) {
            return new DriftCommands(project).converge(request("converge names"), truth);
        }
    }

    AutogenerateCommands.Result autogenerate(String entities, String message) {
        try (Project project = project(entities)) {
            return new AutogenerateCommands(project).revision(request(message), DiffOptions.defaults(),
                    RenameDecider.NEVER);
        }
    }

    void upgrade(String entities) {
        try (Project project = project(entities)) {
            new MigrationCommands(project).upgrade("heads", MigrationOptions.defaults(), MigrationListener.NONE);
        }
    }

    void downgradeToBase(String entities) {
        try (Project project = project(entities)) {
            new MigrationCommands(project).downgrade("base", MigrationOptions.defaults(), MigrationListener.NONE);
        }
    }

    /** The package's tables as text, names of every key, constraint and index included. */
    String packageCatalog() {
        try (Connection connection = TestPostgres.connect(database)) {
            return SchemaText.describe(CatalogIntrospector.introspect(connection,
                    IntrospectOptions.defaults().withInclude(PACKAGE_TABLES::contains)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        TestPostgres.execute(database, sql);
    }

    Connection connect() throws SQLException {
        return TestPostgres.connect(database);
    }

    long count(String sql) {
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static RevisionRequest request(String message) {
        return new RevisionRequest(message, null, null, false, null, null);
    }

    static Path testClasses() {
        return TestProject.testClasses();
    }
}

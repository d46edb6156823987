package io.wsmigrate.autogen.large;

import io.wsmigrate.command.AutogenerateCommands;
import io.wsmigrate.command.AutogenerateCommands.Against;
import io.wsmigrate.command.AutogenerateCommands.DiffOptions;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands.RevisionRequest;
import io.wsmigrate.compare.CompareResult;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.MigrationsSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.entities.EntityModelLoader;
import io.wsmigrate.entities.EntitySource;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A project of one entity package, its scripts folder in a temporary directory and its settings
 * built in code, driven through the command API exactly as the CLI drives it.
 */
final class AutogenProject {
    /** A database no test may reach: a command that touches it fails at once. */
    static final DatabaseSettings UNREACHABLE =
            DatabaseSettings.of("jdbc:postgresql://127.0.0.1:9/unreachable", "x", "x");

    private final Settings settings;
    private final Map<String, String> environment;

    AutogenProject(Settings settings, Map<String, String> environment) {
        this.settings = settings;
        this.environment = Map.copyOf(environment);
    }

    /** The package's entities from {@code classpath}, its scripts in {@code folder/migrations} (created). */
    static AutogenProject of(String packageName, List<Path> classpath, Path folder, DatabaseSettings database) {
        TestProjectBuilder project = TestProject.in(folder).entities(packageName)
                .entitiesFrom(classpath.toArray(Path[]::new)).on(database);
        if (Files.isDirectory(folder.resolve("migrations"))) {
            project.withoutScriptsFolder();
        }
        return new AutogenProject(project.create().settings(), Map.of());
    }

    /** The directory the test classes (and so the fixture entities) are compiled into. */
    static Path testClasses() {
        return TestProject.testClasses();
    }

    /** A classpath directory holding only the compiled classes of {@code packageName} and its subpackages. */
    static Path classesOf(String packageName, Path target) {
        String folder = packageName.replace('.', '/');
        Path source = testClasses().resolve(folder);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(folder).resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    AutogenProject withDatabase(DatabaseSettings database) {
        return new AutogenProject(settings.withDatabase(database), environment);
    }

    AutogenProject withEnvironment(Map<String, String> newEnvironment) {
        return new AutogenProject(settings, newEnvironment);
    }

    AutogenProject withAllPackagesSetting() {
        return new AutogenProject(settings.withMigrations(settings.migrations().withAllPackages(true)), environment);
    }

    AutogenProject withVersionTable(String versionTable) {
        MigrationsSettings m = settings.migrations();
        return new AutogenProject(settings.withMigrations(new MigrationsSettings(m.packageName(), m.classpath(),
                m.location(), versionTable, m.hibernate(), m.allPackages())), environment);
    }

    Settings settings() {
        return settings;
    }

    Path scriptsFolder() {
        return Path.of(settings.migrations().location());
    }

    <T> T run(Function<Project, T> command) {
        try (Project project = new Project(settings, environment, Clock.systemUTC())) {
            return command.apply(project);
        }
    }

    /** {@code revision --autogenerate -m message}; the written file, or null when nothing differed. */
    Path autogenerate(String message, DiffOptions options) {
        return run(p -> new AutogenerateCommands(p).revision(
                new RevisionRequest(message, null, null, false, List.of(), List.of()), options,
                AutogenerateCommands.RenameDecider.NEVER).file());
    }

    Path autogenerate(String message, Against against) {
        return autogenerate(message, against(against));
    }

    CompareResult check(DiffOptions options) {
        return run(p -> new AutogenerateCommands(p).check(options));
    }

    List<String> check(Against against) {
        return check(against(against)).differences();
    }

    void upgrade(String target) {
        run(p -> new MigrationCommands(p).upgrade(target, MigrationOptions.defaults(), MigrationListener.NONE));
    }

    void downgrade(String target) {
        run(p -> new MigrationCommands(p).downgrade(target, MigrationOptions.defaults(), MigrationListener.NONE));
    }

    void stamp(String target) {
        run(p -> new MigrationCommands(p).stamp(List.of(target), false, MigrationOptions.defaults(),
                MigrationListener.NONE));
    }

    String versionTable() {
        return settings.migrations().effectiveVersionTable();
    }

    static DiffOptions against(Against against) {
        return new DiffOptions(against, false, Map.of(), false, false);
    }

    static DiffOptions allPackages(Against against) {
        return new DiffOptions(against, true, Map.of(), false, false);
    }

    /** Hibernate's own CREATE statements for every entity of the package. */
    static List<String> hibernateDdl(String packageName, List<Path> classpath) {
        try (EntityModel model = EntityModelLoader.load(
                new EntitySource(classpath, List.of(packageName), true, Map.of()))) {
            return model.createDdl(Set.of());
        }
    }

    static void execute(DatabaseSettings database, List<String> statements) {
        try (Connection connection = TestPostgres.connect(database);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The schemas of the database that are not PostgreSQL's own, sorted. */
    static List<String> schemas(DatabaseSettings database) {
        List<String> schemas = new ArrayList<>();
        try (Connection connection = TestPostgres.connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE"
                     + " 'pg\\_%' AND nspname <> 'information_schema' ORDER BY nspname")) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return schemas;
    }

    /** Every table and free sequence of every schema, the version tables included. */
    static SchemaModel introspect(DatabaseSettings database) {
        try (Connection connection = TestPostgres.connect(database)) {
            return CatalogIntrospector.introspect(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

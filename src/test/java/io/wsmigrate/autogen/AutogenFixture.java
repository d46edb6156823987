package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands;
import io.wsmigrate.command.AutogenerateCommands.DiffOptions;
import io.wsmigrate.command.AutogenerateCommands.RenameDecider;
import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands.RevisionRequest;
import io.wsmigrate.compare.CompareOptions;
import io.wsmigrate.compare.CompareResult;
import io.wsmigrate.compare.SchemaComparator;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.entities.EntityModelLoader;
import io.wsmigrate.entities.EntitySource;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.introspect.IntrospectOptions;
import io.wsmigrate.introspect.SchemaText;
import io.wsmigrate.liquibase.ChangeEntry;
import io.wsmigrate.liquibase.ChangeRenderer;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.script.NewRevisionFile;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * One autogenerate scenario on a real PostgreSQL: a fresh database holding the "before" DDL, owned
 * by an initial revision that creates those tables (stamped, not run, since the DDL already did),
 * and a package of entities under {@code io.wsmigrate.autogen.fixtures.<kind>} that describe the
 * "after". {@link #autogenerate} writes the revision; {@link #upgradeLeavesNoDifferences} and
 * {@link #downgradeRestoresBefore} prove it both ways.
 */
final class AutogenFixture implements AutoCloseable {
    private static final String INITIAL_REVISION = "000000000001";
    private static final String FIXTURES = "io.wsmigrate.autogen.fixtures.";
    private static final Map<String, String> HIBERNATE_DDL = new ConcurrentHashMap<>();

    private final DatabaseSettings database;
    private final Project project;
    private final String before;

    private AutogenFixture(DatabaseSettings database, Project project, String before) {
        this.database = database;
        this.project = project;
        this.before = before;
    }

    /** A database holding {@code beforeDdl} at the initial revision, and the entities of fixture package {@code kind}. */
    static AutogenFixture create(Path folder, String kind, String beforeDdl) {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        SchemaModel beforeModel;
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(beforeDdl);
            beforeModel = introspect(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("the before DDL of " + kind + " failed: " + e.getMessage(), e);
        }
        Path scripts = folder.resolve("migrations");
        writeInitialRevision(scripts, beforeModel);
        Settings settings = TestProject.in(folder).entities(FIXTURES + kind).entitiesFrom(testClasses())
                .on(database).withoutScriptsFolder().create().settings();
        Project project = new Project(settings, Map.of(), Clock.systemUTC());
        new MigrationCommands(project).stamp(List.of("head"), false, MigrationOptions.defaults(), MigrationListener.NONE);
        return new AutogenFixture(database, project, SchemaText.describe(beforeModel));
    }

    /** A database holding exactly what Hibernate's own DDL creates for fixture package {@code kind}. */
    static AutogenFixture createFromEntities(Path folder, String kind) {
        return create(folder, kind, hibernateDdl(kind));
    }

    /**
     * The oracle: the schema Hibernate's own DDL for fixture package {@code kind} creates on an
     * empty database, as {@link SchemaText} prints it.
     */
    static String hibernateSchema(String kind) {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(hibernateDdl(kind));
            return SchemaText.describe(introspect(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Hibernate's DDL of " + kind + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Hibernate's DDL as the application's Hibernate writes it on the test server's major; booted
     * once per fixture package and JVM, as the oracle never changes within a run.
     */
    private static String hibernateDdl(String kind) {
        return HIBERNATE_DDL.computeIfAbsent(kind, AutogenFixture::bootHibernateDdl);
    }

    private static String bootHibernateDdl(String kind) {
        StringBuilder ddl = new StringBuilder();
        Map<String, String> onTheTestServer = Map.of("jakarta.persistence.database-major-version",
                String.valueOf(TestPostgres.get().major()));
        try (EntityModel model = EntityModelLoader.load(new EntitySource(List.of(testClasses()),
                List.of(FIXTURES + kind), true, onTheTestServer))) {
            model.schema().tables().stream().map(t -> t.name().schema()).distinct().sorted()
                    .forEach(schema -> ddl.append("create schema if not exists ").append(Identifiers.quote(schema))
                            .append(";\n"));
            model.createDdl(Set.of()).forEach(statement -> ddl.append(statement).append(";\n"));
        }
        return ddl.toString();
    }

    /** The initial revision as autogenerate would write it for an empty database: it makes the tables owned. */
    private static void writeInitialRevision(Path scripts, SchemaModel beforeModel) {
        CompareResult initial = SchemaComparator.compare(SchemaModel.EMPTY, beforeModel, CompareOptions.owningAll());
        ScriptDirectory.init(scripts).write(new NewRevisionFile(INITIAL_REVISION, List.of(), List.of(), List.of(),
                "before", Clock.systemUTC().instant(), true, List.of(),
                render(initial.plan().upgrade()), render(initial.plan().downgrade())));
    }

    private static List<Map<String, Object>> render(List<Operation> operations) {
        return ChangeRenderer.render(operations).stream().map(ChangeEntry::toMap).toList();
    }

    private static Path testClasses() {
        return TestProject.testClasses();
    }

    Result autogenerate() {
        return autogenerate(DiffOptions.defaults());
    }

    Result autogenerate(DiffOptions options) {
        RevisionRequest request = new RevisionRequest("change", null, null, false, null, null);
        return new AutogenerateCommands(project).revision(request, options, RenameDecider.NEVER);
    }

    static DiffOptions renaming(Map<String, String> hints) {
        return new DiffOptions(AutogenerateCommands.Against.DATABASE, false, hints, false, false);
    }

    /** What the revision's upgrade does, one {@code describe()} line per operation. */
    static List<String> upgrade(Result result) {
        return result.comparison().plan().upgrade().stream().map(Operation::describe).toList();
    }

    /** The comment lines at the top of the written revision file, without their {@code # }. */
    static List<String> header(Result result) {
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(result.file())) {
                if (!line.startsWith("#")) {
                    break;
                }
                lines.add(line.length() > 1 ? line.substring(2) : "");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code upgrade head}, then {@code check}: the database must now match the entities exactly. */
    void upgradeLeavesNoDifferences() {
        new MigrationCommands(project).upgrade("head", MigrationOptions.defaults(), MigrationListener.NONE);
        assertThat(new AutogenerateCommands(project).check(DiffOptions.defaults()).differences())
                .as("differences after upgrade head").isEmpty();
    }

    /**
     * {@code upgrade head}, then {@code check} is clean and the catalog is exactly the one
     * Hibernate's own DDL for {@code kind} creates on an empty database.
     */
    void upgradeMatchesHibernate(String kind) {
        upgradeLeavesNoDifferences();
        assertThat(schemaText()).as("schema after upgrade head against Hibernate's DDL").isEqualTo(hibernateSchema(kind));
    }

    /** What {@code upgrade --sql head} prints: the SQL of every revision from base to head. */
    String upgradeSql() {
        return new MigrationCommands(project).upgradeSql("head");
    }

    /** {@code downgrade -1}: the schema must be the before DDL's again, object for object. */
    void downgradeRestoresBefore() {
        new MigrationCommands(project).downgrade("-1", MigrationOptions.defaults(), MigrationListener.NONE);
        assertThat(schemaText()).as("schema after downgrade -1").isEqualTo(before);
    }

    void downgrade(String target) {
        new MigrationCommands(project).downgrade(target, MigrationOptions.defaults(), MigrationListener.NONE);
    }

    /** {@code downgrade} to the initial revision, over every revision autogenerate wrote: the before schema again. */
    void downgradeAllRestoresBefore() {
        new MigrationCommands(project).downgrade(INITIAL_REVISION, MigrationOptions.defaults(), MigrationListener.NONE);
        assertThat(schemaText()).as("schema after downgrade to the initial revision").isEqualTo(before);
    }

    /** Both directions: upgrade leaves nothing to do, downgrade gives back the exact before schema. */
    void roundTrips() {
        upgradeLeavesNoDifferences();
        downgradeRestoresBefore();
    }

    /** The columns' generators and the sequences, as {@link GeneratorCatalog} prints them. */
    String generators() {
        try (Connection connection = TestPostgres.connect(database)) {
            return GeneratorCatalog.describe(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@code upgrade --sql FROM:TO} prints. */
    String upgradeSql(String range) {
        return new MigrationCommands(project).upgradeSql(range);
    }

    String schemaText() {
        try (Connection connection = TestPostgres.connect(database)) {
            return SchemaText.describe(introspect(connection));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        TestPostgres.execute(database, sql);
    }

    /** The rows of a query, each row's columns joined with {@code |}. */
    List<String> query(String sql) {
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int width = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= width; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static SchemaModel introspect(Connection connection) {
        return CatalogIntrospector.introspect(connection, IntrospectOptions.defaults()
                .withInclude(name -> !name.name().startsWith("ws_migrate_")));
    }

    @Override
    public void close() {
        project.close();
    }
}

package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.PsqlScript;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject.CliRun;
import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sql}: the SQL of upgrades, downgrades and stamps, one transaction block per revision,
 * compared with golden files. The settings point at a database nobody listens on, so these runs
 * prove that {@code --sql} touches no database. Run with {@code -Dgolden.update=true} to rewrite
 * the golden files after an intended change, and review the diff.
 */
@ExtendWith(DropsDatabases.class)
@Tag(TestPostgres.COMPAT_TAG)
class OfflineSqlTest {
    private static final Path GOLDEN = Path.of("src/test/resources/io/wsmigrate/cli/golden");

    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir, CliCommandsTest.UNREACHABLE, "com.example.shop").initScripts();
        writeRevisions(project);
    }

    /** a1 creates a table with Liquibase, b2 indexes it concurrently (non-transactional), c3 adds a column. */
    private static void writeRevisions(TestProject project) {
        Map<String, Object> id = Map.of("name", "id", "type", "bigint", "constraints", Map.of("primaryKey", true));
        Map<String, Object> email = Map.of("name", "email", "type", "varchar(255)");
        project.revision("a1", List.of(), "Create customer", true,
                List.of(Map.of("createTable", Map.of("tableName", "customer",
                        "columns", List.of(Map.of("column", id), Map.of("column", email))))),
                List.of(Map.of("dropTable", Map.of("tableName", "customer"))));
        project.revision("b2", List.of("a1"), "Index email", false,
                List.of(Map.of("sql", "CREATE INDEX CONCURRENTLY ix_customer_email ON customer (email)")),
                List.of(Map.of("sql", "DROP INDEX CONCURRENTLY ix_customer_email")));
        project.revision("c3", List.of("b2"), "Add name", true,
                List.of(Map.of("addColumn", Map.of("tableName", "customer",
                        "columns", List.of(Map.of("column", Map.of("name", "name", "type", "text")))))),
                List.of(Map.of("dropColumn", Map.of("tableName", "customer", "columnName", "name"))));
    }

    @Test
    void aPackageThatDistributesTablesStartsItsScriptInCitusSequentialModeAsALiveRunDoes() throws Exception {
        project.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\n"
                + "  citus:\n    reference: [customer]\n");
        CliRun run = project.cli("upgrade", "--sql", "head");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("-- Citus: ")
                .contains("THEN SET citus.multi_shard_modify_mode = 'sequential'; END IF;");
        // on plain PostgreSQL the line does nothing and the script runs through
        var db = TestProject.freshDatabase();
        Path script = Files.writeString(dir.resolve("citus.sql"), run.out(), StandardCharsets.UTF_8);
        PsqlScript.Run psql = PsqlScript.run(db, script, "-v", "ON_ERROR_STOP=1");
        assertThat(psql.exitCode()).as(psql.output()).isZero();
    }

    @Test
    void upgradeFromBasePrintsEveryRevisionInItsOwnTransactionBlock() throws IOException {
        assertGolden(project.cli("upgrade", "--sql", "head"), "upgrade-head.sql");
    }

    @Test
    void upgradeOfARangeStartsFromItsFirstRevision() throws IOException {
        assertGolden(project.cli("upgrade", "--sql", "a1:c3"), "upgrade-a1-c3.sql");
    }

    @Test
    void downgradeOfARangeRunsTheDowngradesNewestFirst() throws IOException {
        assertGolden(project.cli("downgrade", "--sql", "head:base"), "downgrade-head-base.sql");
    }

    @Test
    void stampPrintsOnlyVersionTableChanges() throws IOException {
        assertGolden(project.cli("stamp", "--sql", "b2"), "stamp-b2.sql");
        assertGolden(project.cli("stamp", "--sql", "a1:c3"), "stamp-a1-c3.sql");
        assertGolden(project.cli("stamp", "--sql", "--purge", "c3"), "stamp-purge-c3.sql");
    }

    @Test
    void theOfflineUpgradeRunByHandLeavesTheDatabaseWhereAnOnlineUpgradeWould() throws Exception {
        TestProject live = TestProject.create(dir.resolve("live"), TestProject.freshDatabase(),
                "com.example.shop").initScripts();
        writeRevisions(live);
        String script = project.cli("upgrade", "--sql", "head").out();

        try (Connection c = live.connect(); Statement s = c.createStatement()) {
            for (String statement : script.split(";\n")) {
                String sql = statement.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }

        CliRun current = live.cli("current", "--check-heads");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.err()).isEmpty();
        assertThat(live.appliedRevisions()).containsExactly("a1", "b2", "c3");
        assertThat(live.query("SELECT indexname FROM pg_indexes WHERE tablename = 'customer' ORDER BY 1"))
                .containsExactly("customer_pkey", "ix_customer_email");
        assertThat(live.cli("upgrade", "head").out()).startsWith("Nothing to upgrade");
    }

    @Test
    void anOfflineDowngradeWithoutAStartingPointIsAUsageError() {
        CliRun run = project.cli("downgrade", "--sql", "base");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("downgrade --sql needs a range FROM:TO");
    }

    private static void assertGolden(CliRun run, String name) throws IOException {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}

package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpDbCommandTest {
    /** Never reached: these commands fail before connecting. (The shared test password, postgres, is masked in errors.) */
    private static final DatabaseSettings UNREACHED = DatabaseSettings.of("jdbc:postgresql://127.0.0.1:1/none",
            "nobody", "unused-secret");

    @TempDir
    Path dir;

    private static DatabaseSettings databaseWithOrders() throws Exception {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE purchase_order (id int PRIMARY KEY, total numeric(10, 2))");
            s.execute("INSERT INTO purchase_order VALUES (1, 19.99), (2, 5.00)");
        }
        return db;
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void dumpToFileRestoresIntoAnotherDatabaseWithDbShell() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(databaseWithOrders())
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();
        DatabaseSettings copy = TestPostgres.get().freshDatabase();
        Path copySettings = project.otherSettingsFile("config/copy.yaml", copy);

        CliRun dumped = project.fork(null, "dump-db", "-f", "out.sql");
        CliRun restored = project.fork(null, "-c", copySettings.toString(), "db-shell", "--",
                "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "out.sql");

        assertThat(dumped.exitCode()).as(dumped.toString()).isZero();
        assertThat(dumped.out()).startsWith("Dumped the database to " + dir.resolve("out.sql").toRealPath() + " (")
                .contains(", pg_dump 15.").contains(", server 15.");
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        try (Connection c = TestPostgres.connect(copy);
             ResultSet rs = c.createStatement().executeQuery("SELECT sum(total) FROM purchase_order")) {
            rs.next();
            assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("24.99");
        }
    }

    @Test
    void dumpWithoutFileGoesToStdoutAndNothingElseDoes() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(databaseWithOrders())
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.fork(null, "dump-db", "--", "--table=purchase_order");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("--\n-- PostgreSQL database dump\n--\n")
                .contains("CREATE TABLE public.purchase_order")
                .contains("COPY public.purchase_order (id, total) FROM stdin;\n1\t19.99\n2\t5.00\n\\.\n")
                .contains("-- PostgreSQL database dump complete\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void failedDumpIsExitNineAndLeavesNoFile() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(databaseWithOrders())
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.fork(null, "dump-db", "-f", "out.sql", "--", "--table=no_such_table");

        assertThat(result.exitCode()).isEqualTo(9);
        assertThat(result.err()).contains("pg_dump: error: no matching tables were found")
                .endsWith("ERROR: pg_dump failed with exit code 1 (its messages say why); out.sql was not written\n");
        assertThat(result.out()).isEmpty();
        assertThat(filesIn(dir)).containsExactly("config");
    }

    @Test
    void pgDumpsOwnFileOptionIsAUsageError() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(UNREACHED)
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.run("dump-db", "--", "--schema-only", "-f", "x.sql");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("ERROR: give the dump file to `dump-db -f FILE`, not as pg_dump's -f/--file");
    }

    @Test
    void pgDumpMissingIsExitNineNamingItsVariable() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(UNREACHED)
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder()
                .environment("WS_MIGRATE_PG_DUMP", dir.resolve("pg_dump").toString()).create();

        CliRun result = project.run("dump-db", "-f", dir.resolve("out.sql").toString());

        assertThat(result.exitCode()).isEqualTo(9);
        assertThat(result.err()).isEqualTo("ERROR: WS_MIGRATE_PG_DUMP is " + dir.resolve("pg_dump") + ", which is not "
                + "an executable file; point it at pg_dump, or unset it to use pg_dump from PATH\n");
    }

    @Test
    void helpExplainsRestoring() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(UNREACHED)
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.run("dump-db", "--help");

        assertThat(result.out()).contains("[-f=FILE] [-- PG_DUMP_ARG...]")
                .contains("Restoring into an empty database:")
                .contains("ws-migrate db-shell -- -v ON_ERROR_STOP=1 -f dump.sql")
                .contains("pg_restore dump.custom | ws-migrate db-shell -- -v ON_ERROR_STOP=1");
    }
}

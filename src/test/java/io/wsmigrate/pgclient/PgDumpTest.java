package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgDumpTest {
    @TempDir
    Path dir;

    private ChildStreams streams() {
        return ChildStreams.toFiles(dir.resolve("out.txt"), dir.resolve("err.txt"));
    }

    private static DatabaseSettings databaseWithCustomers() throws Exception {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL)");
            s.execute("INSERT INTO customer VALUES (1, 'Ada'), (2, 'Grace')");
        }
        return db;
    }

    private static PgDump pgDump() {
        return PgDump.locate(Tools.environment());
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private void restore(Path sql, DatabaseSettings into) {
        ToolRun run = Psql.locate(Tools.environment())
                .run(into, List.of("-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", sql.toString()), streams());
        assertThat(run.exitCode()).as(Tools.read(dir.resolve("err.txt"))).isZero();
    }

    private static long customers(DatabaseSettings db) throws Exception {
        try (Connection c = TestPostgres.connect(db); var rs = c.createStatement()
                .executeQuery("SELECT count(*) FROM customer WHERE name IN ('Ada', 'Grace')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void dumpToFileHoldsTheTableAndRestoresIntoAnotherDatabase() throws Exception {
        Path dump = dir.resolve("out.sql");

        ToolRun run = pgDump().dumpToFile(databaseWithCustomers(), dump, List.of(), streams());

        assertThat(run.exitCode()).isZero();
        assertThat(Tools.read(dump)).contains("CREATE TABLE public.customer").contains("Ada");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dump))).isEqualTo("rw-------");
        assertThat(filesIn(dir)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("out.sql", "out.txt", "err.txt");
        DatabaseSettings copy = TestPostgres.get().freshDatabase();
        restore(dump, copy);
        assertThat(customers(copy)).isEqualTo(2);
    }

    @Test
    void dumpToOutputWritesTheDumpToTheOutputStream() throws Exception {
        pgDump().dumpToOutput(databaseWithCustomers(), List.of("--table=customer"), streams());

        assertThat(Tools.read(dir.resolve("out.txt"))).contains("PostgreSQL database dump")
                .contains("CREATE TABLE public.customer");
    }

    @Test
    void failedDumpLeavesNoFile() throws Exception {
        Path dump = dir.resolve("out.sql");

        assertThatThrownBy(() -> pgDump().dumpToFile(databaseWithCustomers(), dump, List.of("--table=no_such_table"),
                streams()))
                .isInstanceOf(ToolException.class)
                .hasMessage("pg_dump failed with exit code 1 (its messages say why); " + dump + " was not written");
        assertThat(Tools.read(dir.resolve("err.txt"))).contains("no matching tables were found");
        assertThat(filesIn(dir)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("out.txt", "err.txt");
    }

    @Test
    void failedDumpKeepsTheOlderDumpAsItWas() throws Exception {
        Path dump = Files.writeString(dir.resolve("out.sql"), "-- yesterday's dump\n");

        assertThatThrownBy(() -> pgDump().dumpToFile(databaseWithCustomers(), dump, List.of("--table=no_such_table"),
                streams())).isInstanceOf(ToolException.class);
        assertThat(Tools.read(dump)).isEqualTo("-- yesterday's dump\n");
    }

    @Test
    void successfulDumpReplacesTheOlderDump() throws Exception {
        Path dump = Files.writeString(dir.resolve("out.sql"), "-- yesterday's dump\n");

        pgDump().dumpToFile(databaseWithCustomers(), dump, List.of(), streams());

        assertThat(Tools.read(dump)).contains("CREATE TABLE public.customer").doesNotContain("yesterday");
    }

    @Test
    void customFormatDumpRestoresThroughPgRestore() throws Exception {
        Path dump = dir.resolve("shop.custom");
        pgDump().dumpToFile(databaseWithCustomers(), dump, List.of("-Fc"), streams());
        Path sql = dir.resolve("restored.sql");

        Process pgRestore = new ProcessBuilder("pg_restore", "-f", sql.toString(), dump.toString())
                .redirectErrorStream(true).start();

        assertThat(pgRestore.waitFor()).as(new String(pgRestore.getInputStream().readAllBytes())).isZero();
        DatabaseSettings copy = TestPostgres.get().freshDatabase();
        restore(sql, copy);
        assertThat(customers(copy)).isEqualTo(2);
    }

    @Test
    void directoryFormatDumpMovesTheFolderIntoPlace() throws Exception {
        Path dump = dir.resolve("shop.dir");

        pgDump().dumpToFile(databaseWithCustomers(), dump, List.of("--format=directory", "--jobs=2"), streams());

        assertThat(dump.resolve("toc.dat")).isRegularFile();
        assertThat(filesIn(dir)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("shop.dir", "out.txt", "err.txt");
    }

    @Test
    void pgDumpsOwnFileArgumentIsRefused() {
        assertThatThrownBy(() -> PgDump.checkArguments(java.util.Optional.empty(), List.of("--schema-only", "-f",
                "x.sql")))
                .isInstanceOf(WsMigrateException.class)
                .hasMessageStartingWith("give the dump file to `dump-db -f FILE`, not as pg_dump's -f/--file")
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.USAGE));
        assertThatThrownBy(() -> PgDump.checkArguments(java.util.Optional.empty(), List.of("--file=x.sql")))
                .isInstanceOf(WsMigrateException.class);
    }

    @Test
    void dumpIntoAMissingFolderIsRefusedBeforeAnythingRuns() {
        Path dump = dir.resolve("no/such/folder/out.sql");

        assertThatThrownBy(() -> PgDump.checkArguments(java.util.Optional.of(dump), List.of()))
                .hasMessage("the folder of the dump file " + dump + " does not exist; create it first")
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    }

    @Test
    void plainDumpOntoAFolderIsRefused() {
        assertThatThrownBy(() -> PgDump.checkArguments(java.util.Optional.of(dir), List.of()))
                .hasMessageContaining("is a folder; name a file, or use pg_dump's directory format (-Fd)");
    }

    @Test
    void versionIsWhatPgDumpReports() {
        PgVersion version = pgDump().version();

        assertThat(version.major()).isGreaterThanOrEqualTo(10);
        assertThat(version.text()).startsWith(version.major() + ".");
    }
}

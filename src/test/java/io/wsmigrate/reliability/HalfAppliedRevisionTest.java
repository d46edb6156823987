package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A non-transactional revision killed between its statements: {@code current} says which of them
 * ran, the next {@code upgrade} stops before running any of them again and says what to do, and a
 * {@code stamp} after the repair clears the record.
 */
@Tag("slow")
class HalfAppliedRevisionTest {
    @Test
    void aKilledNonTransactionalRevisionIsReportedAndNotRerun(@TempDir Path dir) throws Exception {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        sandbox.database();
        sandbox.write("migrations/versions/a1_r.yaml", String.join("\n", "revision: a1", "transactional: false",
                "upgrade:", "  - sql: CREATE TABLE first_done (id int)", "  - sql: SELECT pg_sleep(3)",
                "  - sql: CREATE TABLE never_done (id int)", "downgrade:", "  - sql: DROP TABLE first_done", ""));
        Path settings = sandbox.write("config/child.yaml", sandbox.read("config/app.yaml")
                .replace("${DB_URL}", sandbox.environment().get("DB_URL"))
                .replace("${DB_USER}", sandbox.environment().get("DB_USER"))
                .replace("${DB_PASSWORD}", sandbox.environment().get("DB_PASSWORD")));

        Process child = ChildJvm.start(settings, dir.resolve("child.log"), "upgrade", "head");
        awaitSleeping(sandbox);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        CliRun current = sandbox.run("current");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.errLines()).singleElement().asString().startsWith("WARNING: revision a1 is half applied:"
                + " an upgrade that stopped on ").contains("ran statements 1-1 of its 3",
                "finish the remaining statements by hand and run `ws-migrate stamp a1`");

        CliRun rerun = sandbox.run("upgrade", "head");
        assertThat(rerun.exitCode()).as(rerun.toString()).isEqualTo(6);
        assertThat(rerun.errLines()).singleElement().asString().startsWith("ERROR: revision a1 is half applied")
                .contains("; nothing was run: finish the remaining statements by hand");
        assertThat(tables(sandbox)).containsExactly("first_done", "ws_migrate_com_example_badinput", "ws_migrate_progress");

        RoundTwoCases.sql(sandbox, "CREATE TABLE never_done (id int)");
        sandbox.runOk("stamp", "a1");
        CliRun after = sandbox.run("current");
        assertThat(after.errLines()).isEmpty();
        assertThat(after.out()).contains("a1");
    }

    private static void awaitSleeping(TestProject sandbox) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try (Connection c = TestPostgres.connect(sandbox.database()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'"
                         + " AND datname = current_database()")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child never reached the second statement");
    }

    private static List<String> tables(TestProject sandbox) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = TestPostgres.connect(sandbox.database()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}

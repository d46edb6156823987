package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration lock belongs to the version table the server resolves, not to the text of the
 * settings: {@code vt} with {@code currentSchema=app} and {@code app.vt} are one table and one lock.
 */
class LockIdentityTest {
    @Test
    void oneTableUnderTwoSpellingsTakesOneLock(@TempDir Path dir) throws Exception {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        RoundTwoCases.sql(sandbox, "CREATE SCHEMA app");
        sandbox.tableRevision("a1", null, "t1");
        Path viaSearchPath = settings(sandbox, "via-search-path.yaml", "vt", true);
        Path qualified = settings(sandbox, "qualified.yaml", "app.vt", false);

        // before the table exists: where CREATE TABLE would put it
        try (Connection other = TestPostgres.connect(sandbox.database());
             AdvisoryLock held = AdvisoryLock.acquire(other, "app.vt", "app.vt", Duration.ZERO)) {
            CliRun waited = sandbox.run("-c", viaSearchPath.toString(), "upgrade", "head", "--lock-timeout", "1s");
            assertThat(waited.exitCode()).as(waited.toString()).isEqualTo(7);
            assertThat(waited.errLines()).singleElement().asString()
                    .startsWith("ERROR: another ws-migrate run holds the migration lock of vt");
        }
        assertThat(tables(sandbox)).isEmpty();

        CliRun first = sandbox.run("-c", viaSearchPath.toString(), "upgrade", "head");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(tables(sandbox)).containsExactly("app.t1", "app.vt");

        // once it exists: the table itself, whichever way the settings name it
        sandbox.tableRevision("b2", "a1", "t2");
        try (Connection other = TestPostgres.connect(sandbox.database())) {
            try (Statement s = other.createStatement()) {
                s.execute("SET search_path = app");
            }
            try (AdvisoryLock held = AdvisoryLock.acquire(other, "vt", "vt", Duration.ZERO)) {
                for (Path settings : List.of(viaSearchPath, qualified)) {
                    CliRun waited = sandbox.run("-c", settings.toString(), "upgrade", "head", "--lock-timeout",
                            "1s");
                    assertThat(waited.exitCode()).as(waited.toString()).isEqualTo(7);
                }
            }
        }
        assertThat(tables(sandbox)).containsExactly("app.t1", "app.vt");
        CliRun second = sandbox.run("-c", qualified.toString(), "upgrade", "head");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        // the version table is app.vt either way; the revision's own table follows the search path
        assertThat(tables(sandbox)).containsExactly("app.t1", "app.vt", "public.t2");
    }

    private static Path settings(TestProject sandbox, String file, String versionTable, boolean searchPath) {
        List<String> lines = new ArrayList<>(Arrays.asList(ReliabilityProjects.VALID_SETTINGS));
        if (searchPath) {
            lines.add(5, "  properties:");
            lines.add(6, "    currentSchema: app");
        }
        lines.add(lines.indexOf("  location: migrations") + 1, "  version_table: " + versionTable);
        return sandbox.write("config/" + file, String.join("\n", lines) + "\n");
    }

    private static List<String> tables(TestProject sandbox) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = TestPostgres.connect(sandbox.database()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT schemaname || '.' || tablename FROM pg_tables"
                     + " WHERE schemaname IN ('app', 'public') ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}

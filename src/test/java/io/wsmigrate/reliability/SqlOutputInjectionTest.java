package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.PsqlScript;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code --sql} output is meant for {@code psql -v ON_ERROR_STOP=1}: whatever a revision file's
 * message or id says, the script runs the revisions' statements and nothing else. Each hostile
 * text is written into a revision, the script piped into a real psql, and the table it tries to
 * drop must survive, with the version table recording exactly the revisions.
 */
class SqlOutputInjectionTest {
    private static final String DROP = "DROP TABLE precious; --";

    @TempDir
    Path dir;

    /** Messages as YAML double-quoted scalars: every kind of line break, comment ends, quotes. */
    @ParameterizedTest(name = "message {0}")
    @ValueSource(strings = {"x\\nDROP TABLE precious; --", "x\\rDROP TABLE precious; --",
        "x\\r\\nDROP TABLE precious; --", "x\\u2028DROP TABLE precious; --", "x\\u0085DROP TABLE precious; --",
        "x\\fDROP TABLE precious; --", "x\\vDROP TABLE precious; --", "x */ DROP TABLE precious; /* y",
        "x'; DROP TABLE precious; --", "x\\\\'; DROP TABLE precious; --", "x\\n\\\\.\\nDROP TABLE precious; --",
        "x\\n\\\\! rm -rf /tmp/none\\nDROP TABLE precious; --", "x\\0DROP TABLE precious; --"})
    void aMessageIsACommentWhateverItSays(String message) throws Exception {
        assertInert(sandbox -> sandbox.write("migrations/versions/a1_r.yaml", String.join("\n",
                "revision: a1", "down_revision: null", "message: \"" + message + "\"",
                "upgrade:", "  - sql: CREATE TABLE made (id int)", "downgrade:", "  - sql: DROP TABLE made") + "\n"),
                List.of("a1"));
    }

    /** A revision id that is refused, or rendered as a literal: either way nothing but the revision runs. */
    @ParameterizedTest(name = "id {0}")
    @ValueSource(strings = {"a1\\nDROP TABLE precious; --", "a1\\\\", "a1'", "a1\\\\'); DROP TABLE precious; --"})
    void aRevisionIdIsALiteralOrRefused(String id) throws Exception {
        assertInert(sandbox -> sandbox.write("migrations/versions/a1_r.yaml", String.join("\n",
                "revision: \"" + id + "\"", "down_revision: null", "message: m",
                "upgrade:", "  - sql: CREATE TABLE made (id int)", "downgrade:", "  - sql: DROP TABLE made") + "\n"),
                null);
    }

    /** The tool's own `revision -m` keeps a line break in the message: its --sql output is inert too. */
    @Test
    void aMessageWrittenByTheToolItselfIsInert() throws Exception {
        assertInert(sandbox -> {
            sandbox.runOk("revision", "-m", "a\n" + DROP, "--rev-id", "a1");
            Path file = sandbox.dir().resolve("migrations/versions").toFile().listFiles((d, n) -> n.startsWith("a1"))[0]
                    .toPath();
            try {
                String text = Files.readString(file).replace("upgrade: []", "upgrade:\n- sql: CREATE TABLE made (id int)");
                Files.writeString(file, text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, List.of("a1"));
    }

    /** {@code expectedRows} null: the id may be refused (no script) or kept (one row, the file's id). */
    private void assertInert(java.util.function.Consumer<TestProject> writeRevision, List<String> expectedRows)
            throws Exception {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        DatabaseSettings db = sandbox.database();
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE precious (id int)");
            s.execute("INSERT INTO precious VALUES (42)");
        }
        writeRevision.accept(sandbox);
        CliRun result = sandbox.run("upgrade", "--sql", "head");
        if (result.exitCode() != 0) {
            assertThat(expectedRows).as("refused: %s", result).isNull();
            assertThat(result.errLines()).hasSize(1);
            assertThat(tableSurvives(db)).isTrue();
            return;
        }
        Path script = Files.writeString(dir.resolve("upgrade.sql"), result.out(), StandardCharsets.UTF_8);
        PsqlScript.Run psql = PsqlScript.run(db, script, "-v", "ON_ERROR_STOP=1");
        assertThat(psql.exitCode()).as("psql on\n%s\n%s", result.out(), psql.output()).isZero();
        assertThat(tableSurvives(db)).as("precious after\n%s", result.out()).isTrue();
        List<String> rows = new ArrayList<>();
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement()) {
            String table;
            try (ResultSet rs = s.executeQuery("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables"
                    + " WHERE tablename LIKE 'ws\\_migrate%'")) {
                assertThat(rs.next()).as("a version table").isTrue();
                table = rs.getString(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT version_num FROM " + table + " ORDER BY 1")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            assertThat(rows).hasSize(1);
            if (expectedRows != null) {
                assertThat(rows).isEqualTo(expectedRows);
            }
        }
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('made') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the revision's own statement ran").isTrue();
        }
    }

    private static boolean tableSurvives(DatabaseSettings db) throws Exception {
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'precious'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}

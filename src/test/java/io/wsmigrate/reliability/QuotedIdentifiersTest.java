package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from settings and revision files reach SQL quoted, so PostgreSQL keeps them exactly: a
 * version table with mixed case and a double quote in its name, in its own mixed-case schema, and
 * tables named by reserved words, in mixed case and with a quote, through upgrade, current, stamp
 * and downgrade, online and offline.
 */
class QuotedIdentifiersTest {
    private static final List<String> TABLES = List.of("user", "order", "MixedCase", "with\"quote");

    @TempDir
    Path dir;

    @Test
    void awkwardNamesSurviveEveryCommandExactly() throws SQLException {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        DatabaseSettings db = sandbox.database();
        sandbox.settingsLines(settingsWithVersionTable("'My\"Versions'"));
        writeRevisions(sandbox);

        assertOk(sandbox.run("upgrade", "head"));
        assertThat(tables(db, "public")).containsExactlyInAnyOrder("user", "order", "MixedCase", "with\"quote",
                "My\"Versions");
        assertThat(columns(db, "MixedCase")).containsExactly("id", "select", "Mixed Col");
        assertThat(versionRows(db, "public", "My\"Versions")).containsExactly("a1 head=false", "b2 head=true");
        assertThat(assertOk(sandbox.run("current")).out()).startsWith("b2 (head)");
        assertThat(assertOk(sandbox.run("db-info")).out()).contains("Version table: My\"Versions");
        assertThat(assertOk(sandbox.run("lock")).out()).contains("My\"Versions is free");

        assertOk(sandbox.run("stamp", "a1"));
        assertThat(versionRows(db, "public", "My\"Versions")).containsExactly("a1 head=true");
        assertOk(sandbox.run("stamp", "b2"));
        assertOk(sandbox.run("downgrade", "base"));
        assertThat(tables(db, "public")).containsExactly("My\"Versions");
        assertThat(versionRows(db, "public", "My\"Versions")).isEmpty();

        String offline = assertOk(sandbox.run("upgrade", "--sql", "head")).out();
        assertThat(offline).contains("CREATE TABLE IF NOT EXISTS \"My\"\"Versions\"")
                .contains("INSERT INTO \"My\"\"Versions\"").contains("\"user\"").contains("\"order\"")
                .contains("\"MixedCase\"").contains("\"with\"\"quote\"");
    }

    @Test
    void aVersionTableInAMixedCaseSchemaIsCreatedThere() throws SQLException {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        DatabaseSettings db = sandbox.database();
        execute(db, "CREATE SCHEMA \"Audit Trail\"");
        sandbox.settingsLines(settingsWithVersionTable("'Audit Trail.Schema Versions'"));
        sandbox.tableRevision("a1", null, "plain");

        assertOk(sandbox.run("upgrade", "head"));

        assertThat(tables(db, "Audit Trail")).containsExactly("Schema Versions");
        assertThat(versionRows(db, "Audit Trail", "Schema Versions")).containsExactly("a1 head=true");
        assertOk(sandbox.run("downgrade", "base"));
        assertThat(versionRows(db, "Audit Trail", "Schema Versions")).isEmpty();
    }

    /** Names reach the version-table probe as string literals, which must read the same with backslash escapes on. */
    @Test
    void aBackslashAndAQuoteInTheSchemaNameSurviveWithoutStandardConformingStrings() throws SQLException {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        DatabaseSettings db = sandbox.database();
        execute(db, "CREATE SCHEMA \"it's a\\b\"");
        execute(db, "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET standard_conforming_strings = off', "
                + "current_database()); END $$");
        sandbox.settingsLines(settingsWithVersionTable("\"it's a\\\\b.versions\""));
        sandbox.tableRevision("a1", null, "plain");

        assertOk(sandbox.run("upgrade", "head"));
        assertOk(sandbox.run("upgrade", "head"));

        assertThat(versionRows(db, "it's a\\b", "versions")).containsExactly("a1 head=true");
        assertThat(assertOk(sandbox.run("current")).out()).startsWith("a1 (head)");
        assertOk(sandbox.run("downgrade", "base"));
        assertThat(versionRows(db, "it's a\\b", "versions")).isEmpty();
    }

    private static void writeRevisions(TestProject sandbox) {
        sandbox.revision("a1", null, String.join("\n",
                        "- createTable: {tableName: user, columns: [{column: {name: id, type: int}}]}",
                        "- createTable: {tableName: order, columns: [{column: {name: id, type: int}}]}",
                        "- createTable:",
                        "    tableName: MixedCase",
                        "    columns:",
                        "      - column: {name: id, type: int}",
                        "      - column: {name: select, type: text}",
                        "      - column: {name: Mixed Col, type: text}"),
                String.join("\n", "- dropTable: {tableName: MixedCase}", "- dropTable: {tableName: order}",
                        "- dropTable: {tableName: user}"));
        sandbox.revision("b2", "a1",
                "- createTable: {tableName: 'with\"quote', columns: [{column: {name: id, type: int}}]}",
                "- dropTable: {tableName: 'with\"quote'}");
    }

    private static String[] settingsWithVersionTable(String versionTable) {
        List<String> lines = new ArrayList<>(List.of(ReliabilityProjects.VALID_SETTINGS));
        lines.add(lines.indexOf("  location: migrations") + 1, "  version_table: " + versionTable);
        return lines.toArray(String[]::new);
    }

    private static CliRun assertOk(CliRun result) {
        assertThat(result.exitCode()).as("%s", result).isZero();
        return result;
    }

    private static List<String> tables(DatabaseSettings db, String schema) throws SQLException {
        return query(db, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind = 'r' AND n.nspname = '" + schema + "' ORDER BY 1");
    }

    private static List<String> columns(DatabaseSettings db, String table) throws SQLException {
        return query(db, "SELECT attname FROM pg_attribute WHERE attrelid = '\"" + table + "\"'::regclass"
                + " AND attnum > 0 ORDER BY attnum");
    }

    private static List<String> versionRows(DatabaseSettings db, String schema, String table) throws SQLException {
        String name = "\"" + schema.replace("\"", "\"\"") + "\".\"" + table.replace("\"", "\"\"") + "\"";
        return query(db, "SELECT version_num || ' head=' || is_head FROM " + name + " ORDER BY 1");
    }

    private static List<String> query(DatabaseSettings db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static void execute(DatabaseSettings db, String sql) throws SQLException {
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

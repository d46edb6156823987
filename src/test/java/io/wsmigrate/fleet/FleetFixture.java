package io.wsmigrate.fleet;

import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.util.List;

/** A project whose settings name a fleet of tenant schemas, with revisions of unqualified SQL. */
final class FleetFixture {
    static final String PACKAGE = "com.example.shop";
    static final String VERSION_TABLE = "ws_migrate_com_example_shop";

    private FleetFixture() {
    }

    /** A project on a fresh database whose targets section is {@code targets} (indented YAML under targets:). */
    static TestProject project(Path dir, String targets) {
        TestProject project = TestProject.create(dir);
        project.writeSettings("migrations:\n  package: " + PACKAGE + "\n  location: migrations\ntargets:\n" + targets);
        return project;
    }

    static String schemas(List<String> names) {
        return "  schemas: [" + String.join(", ", names) + "]\n";
    }

    /** Two revisions: a table, then a column and an index on it. */
    static void twoRevisions(TestProject project) {
        project.sqlRevision("a1", null, "items", "CREATE TABLE item (id int PRIMARY KEY, name text)",
                "DROP TABLE item");
        project.sqlRevision("b2", "a1", "item price", "ALTER TABLE item ADD COLUMN price numeric;"
                + " CREATE INDEX item_name ON item (name)", "DROP INDEX item_name; ALTER TABLE item DROP COLUMN price");
    }

    /** The revisions applied to the tenant schema {@code schema}, sorted; empty without a version table. */
    static List<String> applied(TestProject project, String schema) {
        if (project.query("SELECT to_regclass('" + schema + "." + VERSION_TABLE + "')::text").get(0) == null) {
            return List.of();
        }
        return project.query("SELECT version_num FROM " + schema + "." + VERSION_TABLE + " ORDER BY version_num");
    }

    static List<String> columns(TestProject project, String schema, String table) {
        return project.query("SELECT column_name FROM information_schema.columns WHERE table_schema = '" + schema
                + "' AND table_name = '" + table + "' ORDER BY ordinal_position");
    }
}

package io.wsmigrate.runtime;

import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The revisions {@link CompiledStepCacheTest} compiles, and what a database holds after them. */
final class CacheFixtures {
    private CacheFixtures() {
    }

    /**
     * Four revisions with what compiling involves: Liquibase changes (types, defaults, an identity,
     * a foreign key, a comment in Unicode), a dollar-quoted function, a non-transactional revision.
     */
    static void writeRevisions(TestProject project) {
        project.revisionFile("a1_add_offer.yaml", """
                revision: a1
                down_revision: null
                message: Add offer
                upgrade:
                  - createTable:
                      tableName: offer
                      columns:
                        - column: {name: id, type: bigint, constraints: {primaryKey: true}}
                        - column: {name: name, type: varchar(100), constraints: {nullable: false}}
                        - column: {name: price, type: "numeric(12, 2)", defaultValueNumeric: 0}
                  - createIndex:
                      tableName: offer
                      indexName: offer_name_idx
                      columns:
                        - column: {name: name}
                downgrade:
                  - dropTable: {tableName: offer}
                """);
        project.revisionFile("b2_add_a_trigger_function.yaml", """
                revision: b2
                down_revision: a1
                message: Add a trigger function
                upgrade:
                  - sql: |
                      CREATE FUNCTION offer_touch() RETURNS trigger LANGUAGE plpgsql AS $$
                      BEGIN
                        NEW.name := trim(NEW.name);
                        RETURN NEW;
                      END;
                      $$;
                      CREATE TRIGGER offer_touch BEFORE INSERT ON offer FOR EACH ROW EXECUTE FUNCTION offer_touch()
                  - addColumn:
                      tableName: offer
                      columns:
                        - column: {name: note, type: text, remarks: "Ünïcödé — note ✓"}
                downgrade:
                  - dropColumn: {tableName: offer, columnName: note}
                  - sql: DROP TRIGGER offer_touch ON offer; DROP FUNCTION offer_touch()
                """);
        project.revisionFile("c3_index_prices.yaml", """
                revision: c3
                down_revision: b2
                message: Index prices
                transactional: false
                upgrade:
                  - sql: CREATE INDEX CONCURRENTLY offer_price_idx ON offer (price)
                downgrade:
                  - sql: DROP INDEX CONCURRENTLY offer_price_idx
                """);
        project.revisionFile("d4_add_customer.yaml", """
                revision: d4
                down_revision: c3
                message: Add customer
                upgrade:
                  - createTable:
                      tableName: customer
                      columns:
                        - column: {name: id, type: bigint, autoIncrement: true, generationType: ALWAYS,
                                   constraints: {primaryKey: true}}
                  - addColumn:
                      tableName: offer
                      columns:
                        - column: {name: customer_id, type: bigint}
                  - addForeignKeyConstraint: {baseTableName: offer, baseColumnNames: customer_id,
                      referencedTableName: customer, referencedColumnNames: id, constraintName: offer_customer_fk,
                      onDelete: CASCADE}
                downgrade:
                  - dropForeignKeyConstraint: {baseTableName: offer, constraintName: offer_customer_fk}
                  - dropColumn: {tableName: offer, columnName: customer_id}
                  - dropTable: {tableName: customer}
                """);
    }

    /** A fifth revision whose upgrade is the file {@code e5.sql} of the scripts folder. */
    static void writeSqlFileRevision(TestProject project, String sql) throws IOException {
        Files.writeString(project.scriptsFolder().resolve("e5.sql"), sql);
        project.revisionFile("e5_audit.yaml", """
                revision: e5
                down_revision: d4
                message: Audit
                upgrade:
                  - sqlFile: {path: e5.sql}
                downgrade:
                  - sql: DROP TABLE audit
                """);
    }

    /** A fifth revision that cannot run as written: a concurrent index build inside a transaction. */
    static void writeNonTransactionalIndexInATransaction(TestProject project) {
        project.revisionFile("e5_name_index.yaml", """
                revision: e5
                down_revision: d4
                message: Name index
                upgrade:
                  - sql: CREATE INDEX CONCURRENTLY offer_note_idx ON offer (note)
                downgrade:
                  - sql: DROP INDEX CONCURRENTLY offer_note_idx
                """);
    }

    /** The columns, constraints, indexes, functions, comments and version rows of the public schema, as lines. */
    static List<String> snapshot(Connection connection, String versionTable) {
        List<String> lines = new ArrayList<>();
        query(connection, lines, "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '"
                + " || is_nullable || ' ' || coalesce(column_default, 'null') || ' ' || is_identity"
                + " FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1");
        query(connection, lines, "SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' '"
                + " || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
                + " ORDER BY 1");
        query(connection, lines, "SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1");
        query(connection, lines, "SELECT 'function ' || proname || ' ' || md5(prosrc) FROM pg_proc"
                + " WHERE pronamespace = 'public'::regnamespace ORDER BY 1");
        query(connection, lines, "SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1");
        query(connection, lines, "SELECT 'comment ' || c.relname || ' ' || d.description FROM pg_description d"
                + " JOIN pg_class c ON c.oid = d.objoid WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1");
        query(connection, lines, "SELECT 'version ' || version_num || ' ' || is_head || ' ' || checksum || ' '"
                + " || stamped FROM " + versionTable + " ORDER BY 1", true);
        return lines;
    }

    private static void query(Connection connection, List<String> lines, String sql) {
        query(connection, lines, sql, false);
    }

    private static void query(Connection connection, List<String> lines, String sql, boolean mayBeMissing) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (!mayBeMissing) { // the version table, before the first run
                throw new IllegalStateException("snapshot query failed: " + sql, e);
            }
        }
    }
}

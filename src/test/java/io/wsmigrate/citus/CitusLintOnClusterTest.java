package io.wsmigrate.citus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.lint.CitusLinter;
import io.wsmigrate.lint.Distribution;
import io.wsmigrate.lint.Finding;
import io.wsmigrate.lint.RevisionSql;
import io.wsmigrate.testing.CitusCluster;
import io.wsmigrate.testing.CitusTest;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Citus lint rules against the real cluster: every revision lint flags is one Citus refuses
 * (with the error named here) or silently mis-handles, and the safer alternatives lint accepts run.
 * Each case runs in a transaction that is rolled back, so the cases share one database, in the
 * sequential mode ws-migrate's revisions run in on Citus.
 */
@CitusTest
class CitusLintOnClusterTest {
    private static final String ORDERS = "CREATE TABLE orders (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id))";
    private static final String DISTRIBUTE_ORDERS = "SELECT create_distributed_table('orders', 'tenant_id')";

    private DatabaseSettings db;

    @BeforeEach
    void cluster() {
        db = CitusCluster.get().freshDatabase();
    }

    @Test
    void whatLintFlagsCitusRefuses() {
        refused("citus-key-without-distribution-column", "cannot create constraint", "CREATE TABLE k (tenant_id bigint, id bigint,"
                + " CONSTRAINT k_pkey PRIMARY KEY (id))", "SELECT create_distributed_table('k', 'tenant_id')");
        refused("citus-key-without-distribution-column", "cannot create constraint", ORDERS, DISTRIBUTE_ORDERS,
                "ALTER TABLE orders ADD CONSTRAINT orders_id_key UNIQUE (id)");
        refused("citus-key-without-distribution-column", "unique", ORDERS, DISTRIBUTE_ORDERS,
                "CREATE UNIQUE INDEX orders_id_idx ON orders (id)");
        refused("citus-key-without-distribution-column", "cannot create constraint",
                "CREATE TABLE slot (tenant_id bigint, during tstzrange, EXCLUDE USING gist (during WITH &&))",
                "SELECT create_distributed_table('slot', 'tenant_id')");
        refused("citus-distribution-column-type", "partition column", ORDERS, DISTRIBUTE_ORDERS,
                "ALTER TABLE orders ALTER COLUMN tenant_id TYPE integer");
        refused("citus-foreign-key-to-distributed", "from reference tables", ORDERS, DISTRIBUTE_ORDERS,
                "CREATE TABLE country (code text PRIMARY KEY, tenant_id bigint, order_id bigint)",
                "SELECT create_reference_table('country')",
                "ALTER TABLE country ADD CONSTRAINT country_order_fk FOREIGN KEY (tenant_id, order_id)"
                        + " REFERENCES orders (tenant_id, id)");
        refused("citus-foreign-key-not-colocated", "not colocated", ORDERS, DISTRIBUTE_ORDERS,
                "CREATE TABLE line (tenant_id bigint, order_id bigint)",
                "SELECT create_distributed_table('line', 'tenant_id', colocate_with => 'none')",
                "ALTER TABLE line ADD FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id)");
        refused("citus-foreign-key-not-colocated", "foreign key", ORDERS, DISTRIBUTE_ORDERS,
                "CREATE TABLE line (id bigint, tenant_id bigint, order_id bigint)",
                "SELECT create_distributed_table('line', 'id', colocate_with => 'orders')",
                "ALTER TABLE line ADD FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id)");
        refused("citus-volatile-update", "must not be VOLATILE", ORDERS, "ALTER TABLE orders ADD note text",
                DISTRIBUTE_ORDERS, "UPDATE orders SET note = gen_random_uuid()::text WHERE tenant_id = 1");
        refused("citus-volatile-update", "must not be VOLATILE", ORDERS, DISTRIBUTE_ORDERS,
                "CREATE SEQUENCE s", "UPDATE orders SET id = nextval('s')");
    }

    @Test
    void aForeignKeyFromALocalTableIsAcceptedAndNeverEnforced() throws SQLException {
        List<String> revision = List.of(ORDERS, DISTRIBUTE_ORDERS, "CREATE TABLE note (id bigint PRIMARY KEY,"
                + " tenant_id bigint, order_id bigint, FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id))");
        assertThat(rules(revision)).containsExactly("citus-foreign-key-to-distributed");

        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement()) {
            for (String sql : revision) {
                s.execute(sql);
            }
            s.execute("INSERT INTO orders VALUES (1, 1); INSERT INTO note VALUES (1, 1, 1)");
            s.execute("DELETE FROM orders");
            var dangling = s.executeQuery("SELECT count(*) FROM note");
            dangling.next();
            assertThat(dangling.getInt(1)).as("the note still points at the deleted order").isEqualTo(1);
        }
    }

    @Test
    void anIdentityColumnKeepsTheDistributionFromBeingUndone() throws SQLException {
        List<String> revision = List.of("CREATE TABLE customer (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)",
                "SELECT create_distributed_table('customer', 'id')");
        assertThat(rules(revision)).containsExactly("citus-identity-column");

        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement()) {
            for (String sql : revision) {
                s.execute(sql);
            }
            assertThatThrownBy(() -> s.execute("SELECT undistribute_table('customer')"))
                    .hasMessageContaining("identity column");
            s.execute("CREATE TABLE supplier (id bigserial PRIMARY KEY)");
            s.execute("SELECT create_distributed_table('supplier', 'id')");
            s.execute("SELECT undistribute_table('supplier')");
        }
        assertThat(rules(List.of("CREATE TABLE supplier (id bigserial PRIMARY KEY)",
                "SELECT create_distributed_table('supplier', 'id')"))).isEmpty();
    }

    @Test
    void theSaferAlternativesPassLintAndRun() {
        accepted(ORDERS, DISTRIBUTE_ORDERS, "ALTER TABLE orders ADD note text",
                "ALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE (tenant_id, note)",
                "CREATE UNIQUE INDEX orders_note_idx ON orders (note, tenant_id)",
                "ALTER TABLE orders ALTER COLUMN note TYPE varchar(200)",
                "UPDATE orders SET note = now()::text WHERE tenant_id = 1",
                "CREATE TABLE line (tenant_id bigint, order_id bigint, product text)",
                "SELECT create_distributed_table('line', 'tenant_id', colocate_with => 'orders')",
                "ALTER TABLE line ADD FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id)",
                "CREATE TABLE product (code text PRIMARY KEY)", "SELECT create_reference_table('product')",
                "ALTER TABLE line ADD FOREIGN KEY (product) REFERENCES product (code)");
    }

    @Test
    void lintConnectReadsTheDistributionFromTheCoordinator(@TempDir Path dir) {
        TestPostgres.execute(db, ORDERS);
        TestPostgres.execute(db, DISTRIBUTE_ORDERS);
        TestProject project = TestProject.create(dir, db, "com.example.shop").initScripts();
        project.sqlRevision("a1", null, "order number", "ALTER TABLE orders ADD number text;"
                + " ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE (number)", "SELECT 1");

        CliRun offline = project.cli("lint", "--ignore", "constraint-builds-index");
        CliRun connected = project.cli("lint", "--connect", "--ignore", "constraint-builds-index");

        assertThat(offline.exitCode()).as(offline.toString()).isZero();
        assertThat(connected.exitCode()).as(connected.toString()).isEqualTo(ExitCode.DIFFERENCES.code());
        assertThat(connected.out()).contains("[citus-key-without-distribution-column]")
                .contains("unique constraint (number) of orders lacks its distribution column tenant_id")
                .contains("include tenant_id in the unique constraint (tenant_id, number)");
    }

    private void refused(String rule, String citusError, String... statements) {
        assertThat(rules(List.of(statements))).as("lint of %s", List.of(statements)).contains(rule);
        assertThatThrownBy(() -> inRolledBackTransaction(statements)).as("Citus on %s", List.of(statements))
                .hasMessageContaining(citusError);
    }

    private void accepted(String... statements) {
        assertThat(rules(List.of(statements))).isEmpty();
        try {
            inRolledBackTransaction(statements);
        } catch (SQLException e) {
            throw new AssertionError("Citus refused what lint accepts: " + e.getMessage(), e);
        }
    }

    private void inRolledBackTransaction(String... statements) throws SQLException {
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // as ws-migrate runs a revision on Citus: one connection per node, so DDL may follow a multi-shard command
            s.execute("SET LOCAL citus.multi_shard_modify_mode TO 'sequential'");
            try {
                for (String sql : statements) {
                    s.execute(sql);
                }
            } finally {
                c.rollback();
            }
        }
    }

    private static List<String> rules(List<String> statements) {
        List<RevisionSql.Entry> entries = new ArrayList<>();
        for (String sql : statements) {
            entries.add(new RevisionSql.Entry(entries.size() + 1, "sql", List.of(sql)));
        }
        RevisionSql revision = new RevisionSql("r1", "r1.yaml", true, entries);
        return new CitusLinter(Distribution.NONE).lint(List.of(revision), Set.of("r1")).stream()
                .map(Finding::rule).toList();
    }
}

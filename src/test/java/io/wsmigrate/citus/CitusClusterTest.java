package io.wsmigrate.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.CitusCluster;
import io.wsmigrate.testing.CitusTest;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The fixture itself: a coordinator with two workers, a fresh database with the extension on each. */
@CitusTest
class CitusClusterTest {
    @Test
    void aFreshDatabaseDistributesOverBothWorkers() throws Exception {
        CitusCluster cluster = CitusCluster.get();
        DatabaseSettings db = cluster.freshDatabase();
        TestPostgres.execute(db, "CREATE TABLE orders (tenant_id bigint, id bigint)");
        TestPostgres.execute(db, "SELECT create_distributed_table('orders', 'tenant_id')");
        try (Connection c = TestPostgres.connect(db); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(DISTINCT nodeport) FROM citus_shards WHERE table_name = 'orders'::regclass")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        }
        for (int worker : cluster.workerPorts()) {
            try (Connection c = TestPostgres.connect(cluster.onWorker(db, worker)); Statement s = c.createStatement()) {
                s.execute("SET citus.show_shards_for_app_name_prefixes = '*'");
                ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_class WHERE relname LIKE 'orders\\_%'");
                rows.next();
                assertThat(rows.getInt(1)).isPositive();
            }
        }
    }
}

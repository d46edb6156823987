package io.wsmigrate.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.CitusCluster;
import io.wsmigrate.testing.CitusTest;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ws-migrate on a Citus cluster: the coordinator only. Pointed at a worker it stops in one line
 * before any lock or write; on the coordinator, {@code check} and autogenerate never see the shard
 * tables the coordinator holds (of reference tables and of the Citus-local tables linked to them),
 * however {@code citus.show_shards_for_app_name_prefixes} is set, nor Citus's own objects.
 */
@CitusTest
class CoordinatorOnlyTest {
    @TempDir
    Path dir;

    private CitusCluster cluster;
    private DatabaseSettings coordinator;

    @BeforeEach
    void shop() {
        cluster = CitusCluster.get();
        coordinator = cluster.freshDatabase();
    }

    private TestProject project(DatabaseSettings database, String citus) {
        TestProject project = TestProject.create(dir, database, "com.example.shop");
        project.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\n  classpath: ["
                + Path.of("target/sample-classes").toAbsolutePath() + "]\n" + citus);
        return project.initScripts();
    }

    @Test
    void aWorkerIsRefusedInOneLineBeforeAnyLockOrWrite() {
        DatabaseSettings worker = cluster.onWorker(coordinator, cluster.workerPorts().get(0));
        TestProject project = project(worker, "");
        assertThat(project.cli("revision", "-m", "empty").exitCode()).isZero();

        for (String[] command : new String[][] {{"upgrade", "head"}, {"current"}, {"check"}, {"stamp", "head"}}) {
            CliRun run = project.cli(command);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATABASE.code());
            assertThat(run.err().strip().lines()).as(run.toString()).hasSize(1);
            assertThat(run.err()).contains("is a Citus worker node").contains("coordinator only")
                    .contains("127.0.0.1:" + cluster.coordinatorPort());
        }
        assertThat(project.query("SELECT count(*) FROM pg_class WHERE relname = 'ws_migrate_version'"))
                .containsExactly("0");
        assertThat(project.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).containsExactly("0");
    }

    @Test
    void shardsAndCitusObjectsStayOutOfCheckAndAutogenerateWhateverShowShardsSays() {
        String database = coordinator.url().substring(coordinator.url().lastIndexOf('/') + 1);
        TestPostgres.execute(coordinator, "ALTER DATABASE " + database + " SET citus.show_shards_for_app_name_prefixes = '*'");
        TestPostgres.execute(coordinator, "ALTER ROLE postgres IN DATABASE " + database
                + " SET citus.show_shards_for_app_name_prefixes = '*'");
        TestProject project = project(coordinator, "  citus:\n    reference: [product]\n");
        CliRun init = project.cli("revision", "--autogenerate", "-m", "init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        CliRun upgrade = project.cli("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        // the reference table gets a shard on the coordinator, and so does every table linked to it by a foreign
        // key; this session sees them, as the database's and role's setting says
        assertThat(project.query("SELECT count(*) FROM pg_class WHERE relname ~ '^(product|offer|order_line)_[0-9]+$'").get(0))
                .isNotEqualTo("0");

        // Citus drops the comments of the tables it turns into Citus-local ones (offer's): the revision sets them again
        assertThat(project.query("SELECT obj_description('offer'::regclass)"))
                .containsExactly("Time-limited deals on products");

        CliRun check = project.cli("check");

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("No differences");
        CliRun autogenerate = project.cli("revision", "--autogenerate", "-m", "nothing");
        assertThat(autogenerate.out() + autogenerate.err()).as(autogenerate.toString()).doesNotContainPattern("_[0-9]{6}")
                .doesNotContain("citus").doesNotContain("columnar").doesNotContain("pg_dist");
    }
}

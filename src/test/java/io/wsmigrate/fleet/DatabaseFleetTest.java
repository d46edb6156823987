package io.wsmigrate.fleet;

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

class DatabaseFleetTest {
    @TempDir
    Path dir;

    @Test
    void upgradeAllTargetsMigratesDatabasesNamedByNameByUrlAndByEntry() {
        DatabaseSettings first = TestProject.freshDatabase();
        DatabaseSettings second = TestProject.freshDatabase();
        DatabaseSettings third = TestProject.freshDatabase();
        TestProject project = FleetFixture.project(dir, "  databases:\n"
                + "    - " + name(first) + "\n"
                + "    - name: second\n      database: " + name(second) + "\n"
                + "      user: '" + second.user() + "'\n      password: '" + second.password() + "'\n"
                + "    - '" + third.url() + "'\n");
        FleetFixture.twoRevisions(project);

        CliRun run = project.cli("upgrade", "head", "--all-targets");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        for (DatabaseSettings tenant : List.of(first, second, third)) {
            assertThat(query(tenant, "SELECT version_num FROM " + FleetFixture.VERSION_TABLE + " ORDER BY 1"))
                    .as(name(tenant)).containsExactly("a1", "b2");
            assertThat(query(tenant, "SELECT column_name::text FROM information_schema.columns"
                    + " WHERE table_name = 'item' ORDER BY ordinal_position")).containsExactly("id", "name", "price");
        }
        assertThat(project.tables()).as("the configured database is not a target").isEmpty();
        assertThat(run.out()).containsPattern("second +done").containsPattern(name(third) + " +done");
        assertThat(run.out() + run.err()).doesNotContain(second.password() == null ? "\0" : second.password());
    }

    @Test
    void aQueryOnTheConfiguredDatabaseNamesTheTenantDatabases() {
        DatabaseSettings first = TestProject.freshDatabase();
        DatabaseSettings second = TestProject.freshDatabase();
        TestProject project = FleetFixture.project(dir, "  databases:\n    query: SELECT datname FROM pg_database"
                + " WHERE datname IN ('" + name(first) + "', '" + name(second) + "') ORDER BY datname\n");
        FleetFixture.twoRevisions(project);

        CliRun run = project.cli("upgrade", "a1", "--all-targets");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(query(first, "SELECT version_num FROM " + FleetFixture.VERSION_TABLE)).containsExactly("a1");
        assertThat(query(second, "SELECT version_num FROM " + FleetFixture.VERSION_TABLE)).containsExactly("a1");
        CliRun current = project.cli("current", "--all-targets", "--check-heads");
        assertThat(current.exitCode()).isEqualTo(1);
        assertThat(current.out()).containsPattern(name(first) + " +behind +a1");
    }

    @Test
    void anUnreachableDatabaseFailsAloneWithItsOneLineError() {
        DatabaseSettings good = TestProject.freshDatabase();
        TestProject project = FleetFixture.project(dir, "  databases: [" + name(good) + ", no_such_tenant_db]\n");
        FleetFixture.twoRevisions(project);

        CliRun run = project.cli("upgrade", "head", "--all-targets", "--keep-going");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(10);
        assertThat(run.err()).contains("no_such_tenant_db: cannot connect to").contains("does not exist")
                .contains("1 of 2 targets did not reach head: no_such_tenant_db");
        assertThat(query(good, "SELECT version_num FROM " + FleetFixture.VERSION_TABLE + " ORDER BY 1"))
                .containsExactly("a1", "b2");
    }

    static String name(DatabaseSettings database) {
        String url = database.url();
        int query = url.indexOf('?');
        return url.substring(url.lastIndexOf('/') + 1, query < 0 ? url.length() : query);
    }

    static List<String> query(DatabaseSettings database, String sql) {
        try (Connection c = TestPostgres.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

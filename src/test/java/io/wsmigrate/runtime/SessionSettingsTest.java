package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.ProjectParts;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A run sets its timeouts and asynchronous commits once for the session, and puts them back. */
@ExtendWith(DropsDatabases.class)
class SessionSettingsTest {
    private static final MigrationOptions OPTIONS =
            new MigrationOptions(null, Duration.ofSeconds(3), Duration.ofSeconds(40));

    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        // the embedded test server commits asynchronously by default; make new sessions synchronous
        // so that the run's own asynchronous commits, and their reset, can be seen
        project.execute("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET synchronous_commit = on',"
                + " current_database()); END $$");
        project.sqlRevision("a1", null, "Log settings", "CREATE TABLE settings_log AS SELECT 'a1'::text AS rev,"
                + " current_setting('lock_timeout') AS lock_timeout, current_setting('statement_timeout') AS"
                + " statement_timeout, current_setting('synchronous_commit') AS sync", "DROP TABLE settings_log");
        project.sqlRevision("b2", "a1", "Log again", "INSERT INTO settings_log SELECT 'b2',"
                + " current_setting('lock_timeout'), current_setting('statement_timeout'),"
                + " current_setting('synchronous_commit')", "DELETE FROM settings_log WHERE rev = 'b2'");
    }

    @Test
    void revisionsRunUnderTheTimeoutsWithAsynchronousCommitsAndTheSessionIsResetAfterwards() throws Exception {
        try (Project p = project.open()) {
            new MigrationCommands(p).upgrade("head", OPTIONS, MigrationListener.NONE);

            assertThat(show(p, "lock_timeout")).isEqualTo("0");
            assertThat(show(p, "statement_timeout")).isEqualTo("0");
            assertThat(show(p, "synchronous_commit")).isEqualTo("on");
        }
        assertThat(project.query("SELECT rev || ' ' || lock_timeout || ' ' || statement_timeout || ' ' || sync"
                + " FROM settings_log ORDER BY rev")).containsExactly("a1 3s 40s off", "b2 3s 40s off");
        assertThat(project.currentHeads()).containsExactly("b2");
    }

    @Test
    void aFailingRevisionStillLeavesTheSessionReset() throws Exception {
        project.sqlRevision("c3", "b2", "Fails", "SELECT 1 / 0", null);
        try (Project p = project.open()) {
            assertThatThrownBy(() -> new MigrationCommands(p).upgrade("head", OPTIONS, MigrationListener.NONE))
                    .isInstanceOf(MigrationException.class).hasMessageContaining("revision c3");

            assertThat(show(p, "lock_timeout")).isEqualTo("0");
            assertThat(show(p, "synchronous_commit")).isEqualTo("on");
        }
        assertThat(project.currentHeads()).containsExactly("b2");
    }

    private static String show(Project p, String setting) throws SQLException {
        try (Statement s = ProjectParts.connection(p).createStatement(); ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

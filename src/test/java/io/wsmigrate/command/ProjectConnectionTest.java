package io.wsmigrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.MigrationsSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.testing.TestProject;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection a project opens on another core while the command reads its scripts. */
class ProjectConnectionTest {
    @TempDir
    Path dir;

    @Test
    void connectionOpenedInTheBackgroundIsTheOneTheCommandGets() throws Exception {
        TestProject test = TestProject.create(dir);
        Connection connection;
        try (Project project = test.open()) {
            project.startConnecting();
            project.startConnecting(); // a second call starts nothing new
            connection = project.connection();
            assertThat(project.connection()).isSameAs(connection);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(databaseName(test));
            }
        }
        assertThat(connection.isClosed()).isTrue();
    }

    @Test
    void connectionStillOpeningWhenTheCommandEndsIsClosed() throws Exception {
        TestProject test = TestProject.create(dir);
        try (Project project = test.open()) {
            project.startConnecting();
        }

        assertThat(test.toolSessionsAfterClosing()).isEmpty();
    }

    @Test
    void failureToConnectInTheBackgroundIsReportedWhenTheConnectionIsNeeded() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseSettings unreachable = DatabaseSettings.of("jdbc:postgresql://127.0.0.1:" + closedPort + "/nowhere",
                "someone", null);
        try (Project project = project(unreachable)) {
            project.startConnecting();
            assertThatThrownBy(project::connection).isInstanceOf(DatabaseException.class)
                    .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:" + closedPort + "/nowhere");
        }
    }

    @Test
    void commandThatFailsDoesNotWaitForAServerThatNeverAnswers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) { // connections queue up, nobody answers them
            DatabaseSettings hanging = new DatabaseSettings("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort()
                    + "/nowhere", "someone", null, Map.of(), Duration.ofSeconds(60), null, null);
            Project project = project(hanging);
            project.startConnecting();

            long start = System.nanoTime();
            project.close();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("close waited for the 60 s connect timeout")
                    .isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void embeddedDatabaseUsedForTheFirstTimeIsNotStartedAhead() {
        try (Project project = project(DatabaseSettings.of("embedded:pgdata", null, null))) {
            project.startConnecting();
        }
        assertThat(dir.resolve("pgdata")).doesNotExist();
        assertThat(Files.exists(dir.resolve(".ws-migrate"))).isFalse();
    }

    private static String databaseName(TestProject test) {
        String url = test.database().url();
        int query = url.indexOf('?');
        return url.substring(url.lastIndexOf('/') + 1, query < 0 ? url.length() : query);
    }

    private Project project(DatabaseSettings database) {
        MigrationsSettings migrations = new MigrationsSettings("com.example.shop", List.of(), "migrations", null);
        Settings settings = new Settings(dir.resolve("ws-migrate.yaml"), dir, database, migrations, null);
        return new Project(settings, Map.of(), Clock.systemUTC());
    }
}

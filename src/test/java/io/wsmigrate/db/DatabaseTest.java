package io.wsmigrate.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final String SECRET = "s3cret-Pa55word";

    @Test
    void connectsWithTheConfiguredUser() throws Exception {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        try (Database database = Database.open(db, Path.of("."));
             Connection c = database.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT current_user, current_setting('application_name')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(db.user());
            assertThat(rs.getString(2)).isEqualTo("ws-migrate");
        }
    }

    @Test
    void wrongPasswordFailsWithoutShowingIt() throws Exception {
        DatabaseSettings admin = TestPostgres.get().freshDatabase();
        try (Connection c = TestPostgres.connect(admin); Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS shop_app");
            s.execute("CREATE ROLE shop_app LOGIN PASSWORD 'right-one'");
        }
        DatabaseSettings wrong = DatabaseSettings.of(admin.url() + "?password=" + SECRET, "shop_app", SECRET);
        try (Database database = Database.open(wrong, Path.of("."))) {
            assertThatThrownBy(database::connect)
                    .isInstanceOf(WsMigrateException.class)
                    .hasMessageStartingWith("cannot connect to ")
                    .hasMessageNotContaining(SECRET)
                    .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.DATABASE));
        }
    }

    @Test
    void unreachablePortFailsWithinTheConnectTimeout() {
        DatabaseSettings nowhere = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/shop", "u", SECRET, Map.of(),
                Duration.ofSeconds(2), null, null);
        try (Database database = Database.open(nowhere, Path.of("."))) {
            assertThatThrownBy(database::connect)
                    .hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/shop")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void nonPostgresUrlIsAConfigError() {
        assertThatThrownBy(() -> Database.open(DatabaseSettings.of("jdbc:mysql://x/y", "u", "p"), Path.of(".")))
                .isInstanceOf(WsMigrateException.class)
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.CONFIG));
    }

    @Test
    void embeddedDatabaseKeepsItsDataBetweenRuns(@TempDir Path project) throws Exception {
        DatabaseSettings embedded = DatabaseSettings.of("embedded", null, null);
        try (Database first = Database.open(embedded, project); Connection c = first.connect()) {
            c.createStatement().execute("CREATE TABLE kept (id int)");
        }
        assertThat(Files.isDirectory(project.resolve(".ws-migrate/pgdata"))).isTrue();
        try (Database second = Database.open(embedded, project); Connection c = second.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT to_regclass('kept') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
            assertThat(second.displayUrl()).startsWith("embedded PostgreSQL on port ");
        }
    }

    @Test
    void redactsPasswordsInUrls() {
        assertThat(Redaction.url("jdbc:postgresql://h/db?user=a&password=xyz&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=****&ssl=true");
        assertThat(Redaction.url("jdbc:postgresql://bob:xyz@h/db")).isEqualTo("jdbc:postgresql://bob:****@h/db");
    }
}

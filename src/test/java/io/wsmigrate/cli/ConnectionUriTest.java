package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A deploy whose settings name the database as a {@code postgresql://} URI, user and password in it. */
@ExtendWith(DropsDatabases.class)
class ConnectionUriTest {
    @TempDir
    Path dir;

    @Test
    void upgradeAndCurrentConnectThroughAUriWithUserInfo() {
        DatabaseSettings database = TestProject.freshDatabase();
        TestProject project = TestProject.create(dir, database, "com.example.shop").initScripts();
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        project.settingsLines("database:", "  url: '" + uri(database) + "'",
                "migrations:", "  package: com.example.shop", "  location: migrations");

        CliRun upgrade = project.cli("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        CliRun current = project.cli("current");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out()).startsWith("a1 (head)");
    }

    /** {@code postgresql://user:password@host:port/db} for the JDBC settings of the test server. */
    private static String uri(DatabaseSettings database) {
        String url = database.url();
        int query = url.indexOf('?');
        String address = url.substring("jdbc:postgresql://".length(), query < 0 ? url.length() : query);
        String userInfo = database.user() == null ? "" : encode(database.user())
                + (database.password() == null ? "" : ":" + encode(database.password())) + "@";
        return "postgresql://" + userInfo + address;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package io.wsmigrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The compatibility suite really runs on the major it names: the server reports that version. */
@Tag(TestPostgres.COMPAT_TAG)
class TestPostgresMajorTest {
    @Test
    void theServerIsOfTheMajorTheRunAsksFor() throws SQLException {
        String asked = System.getProperty(TestPostgres.MAJOR_PROPERTY, "");
        TestPostgres server = TestPostgres.get();
        if (!asked.isBlank() && System.getenv("WS_MIGRATE_TEST_JDBC_URL") == null) {
            assertThat(server.major()).isEqualTo(Integer.parseInt(asked.trim()));
        }
        try (Connection connection = TestPostgres.connect(server.freshDatabase());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            assertThat(row.getString(1)).startsWith(server.major() + ".");
        }
    }
}

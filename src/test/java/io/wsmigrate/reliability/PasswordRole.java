package io.wsmigrate.reliability;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * A login role that must give its password. The embedded test server trusts every local
 * connection, so this puts a password rule for this one role at the top of the server's
 * {@code pg_hba.conf} and reloads it; other roles keep trust authentication.
 */
final class PasswordRole {
    static final String NAME = "ws_secret_owner";
    /** Distinctive, so a scan of any output finds it if it leaks. */
    static final String PASSWORD = "Zq7-SECRET-pw-4711";
    private static final String HBA_RULE = "host all " + NAME + " all scram-sha-256";

    private PasswordRole() {
    }

    /** Makes the role own {@code database} and returns settings that log in as it. */
    static synchronized DatabaseSettings create(DatabaseSettings database) {
        try (Connection admin = TestPostgres.connect(database); Statement s = admin.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + NAME + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE " + NAME + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            s.execute("ALTER DATABASE " + admin.getCatalog() + " OWNER TO " + NAME);
            requirePasswordRule(s, withoutQuery(database.url()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the password role", e);
        }
        return DatabaseSettings.of(withoutQuery(database.url()), NAME, PASSWORD);
    }

    private static void requirePasswordRule(Statement admin, String url) throws SQLException {
        Path hba;
        try (ResultSet rs = admin.executeQuery("SHOW hba_file")) {
            rs.next();
            hba = Path.of(rs.getString(1));
        }
        if (!wrongPasswordAccepted(url)) {
            return;
        }
        Assumptions.assumeTrue(Files.isWritable(hba), "the test server trusts " + NAME
                + " and its pg_hba.conf is not on this machine");
        try {
            String rules = Files.readString(hba, StandardCharsets.UTF_8);
            if (!rules.startsWith(HBA_RULE)) {
                Files.writeString(hba, HBA_RULE + "\n" + rules, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot edit " + hba, e);
        }
        admin.execute("SELECT pg_reload_conf()");
        // pg_reload_conf() only signals the postmaster: wait until a wrong password is refused.
        for (int i = 0; i < 100 && wrongPasswordAccepted(url); i++) {
            sleep();
        }
        if (wrongPasswordAccepted(url)) {
            throw new IllegalStateException("the server still accepts any password for " + NAME);
        }
    }

    /** The test server's URL carries {@code ?user=postgres}, which would win over the role's user. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static boolean wrongPasswordAccepted(String url) {
        try (Connection ignored = java.sql.DriverManager.getConnection(url, NAME, "wrong-" + PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

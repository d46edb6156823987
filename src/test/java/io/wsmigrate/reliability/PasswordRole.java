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

    private PasswordRole() {
    }

    /** Makes the role own {@code database} and returns settings that log in as it. */
    static DatabaseSettings create(DatabaseSettings database) {
        return create(database, NAME, PASSWORD);
    }

    /** Makes a role {@code name} with {@code password} own {@code database}; settings that log in as it. */
    static synchronized DatabaseSettings create(DatabaseSettings database, String name, String password) {
        try (Connection admin = TestPostgres.connect(database); Statement s = admin.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
                }
            }
            s.execute("ALTER DATABASE " + admin.getCatalog() + " OWNER TO " + name);
            requirePasswordRule(s, new Login(withoutQuery(database.url()), name, password));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the password role", e);
        }
        return DatabaseSettings.of(withoutQuery(database.url()), name, password);
    }

    /** Where and as whom the role logs in. */
    private record Login(String url, String name, String password) {
        String hbaRule() {
            return "host all " + name + " all scram-sha-256";
        }

        boolean wrongPasswordAccepted() {
            try (Connection ignored = java.sql.DriverManager.getConnection(url, name, "wrong-" + password)) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        }
    }

    private static void requirePasswordRule(Statement admin, Login login) throws SQLException {
        Path hba;
        try (ResultSet rs = admin.executeQuery("SHOW hba_file")) {
            rs.next();
            hba = Path.of(rs.getString(1));
        }
        if (!login.wrongPasswordAccepted()) {
            return;
        }
        Assumptions.assumeTrue(Files.isWritable(hba), "the test server trusts " + login.name()
                + " and its pg_hba.conf is not on this machine");
        try {
            String rules = Files.readString(hba, StandardCharsets.UTF_8);
            if (!rules.contains(login.hbaRule() + "\n")) {
                Files.writeString(hba, login.hbaRule() + "\n" + rules, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot edit " + hba, e);
        }
        admin.execute("SELECT pg_reload_conf()");
        // pg_reload_conf() only signals the postmaster: wait until a wrong password is refused.
        for (int i = 0; i < 100 && login.wrongPasswordAccepted(); i++) {
            sleep();
        }
        if (login.wrongPasswordAccepted()) {
            throw new IllegalStateException("the server still accepts any password for " + login.name());
        }
    }

    /** The test server's URL carries {@code ?user=postgres}, which would win over the role's user. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

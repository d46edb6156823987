package io.wsmigrate.pgclient;

import io.wsmigrate.db.DatabaseException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL release: a major version and the release within it. Before 10 the major version
 * had two parts ({@code 9.6}); {@link #major()} then is 9 and {@link #minor()} 6.
 */
public record PgVersion(int major, int minor, String text) {
    private static final Pattern CLIENT = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?(\\S*)");

    /** From a client program's {@code --version}, e.g. {@code pg_dump (PostgreSQL) 15.13 (Debian 15.13-0+deb12u1)}. */
    public static Optional<PgVersion> ofClient(String versionOutput) {
        Matcher m = CLIENT.matcher(versionOutput);
        if (!m.find()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(m.group(1));
        int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String text = m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)) + m.group(3);
        return Optional.of(new PgVersion(major, minor, text));
    }

    /** From {@code server_version_num}: 150013 is 15.13, 90624 is 9.6.24. */
    public static PgVersion ofServerNumber(int versionNumber) {
        int major = versionNumber / 10000;
        if (major >= 10) {
            int minor = versionNumber % 10000;
            return new PgVersion(major, minor, major + "." + minor);
        }
        int minor = versionNumber / 100 % 100;
        return new PgVersion(major, minor, major + "." + minor + "." + versionNumber % 100);
    }

    /** The version of the server this connection talks to. */
    public static PgVersion ofServer(Connection connection) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            return ofServerNumber(rs.getInt(1));
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the server's version", e);
        }
    }

    /** The major version as PostgreSQL names it: {@code 15}, or {@code 9.6} before 10. */
    public String majorName() {
        return major >= 10 ? Integer.toString(major) : major + "." + minor;
    }

    /** True when this release belongs to a later major version than {@code other}. */
    public boolean isNewerMajorThan(PgVersion other) {
        return line() > other.line();
    }

    private int line() {
        return major >= 10 ? major * 100 : major * 100 + minor;
    }
}

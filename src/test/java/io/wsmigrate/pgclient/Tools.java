package io.wsmigrate.pgclient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Test support: the environment the client programs run in, and reading what they printed. */
final class Tools {
    private Tools() {
    }

    /** The test machine's PATH and HOME, nothing else from the outside. */
    static Map<String, String> environment() {
        return Map.of("PATH", System.getenv("PATH"), "HOME", System.getProperty("user.home"), "LANG", "C.UTF-8");
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}

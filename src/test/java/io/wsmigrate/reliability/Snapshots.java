package io.wsmigrate.reliability;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.introspect.SchemaText;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What "nothing changed" compares: every file of a project, and a database's schema and rows. */
final class Snapshots {
    private Snapshots() {
    }

    /**
     * Relative path to content (Base64, so non-UTF-8 files compare exactly) of every file under
     * {@code root}, except the tool's own git-ignored state folder {@code .ws-migrate/} (embedded
     * database, checksum cache), which is not the user's.
     */
    static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        Path state = root.resolve(".ws-migrate");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.filter(p -> Files.isRegularFile(p) && !p.startsWith(state))::iterator) {
                files.put(root.relativize(path).toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The schema as text, then the rows of every table (the version table among them), in a fixed order. */
    static String database(DatabaseSettings database) {
        try (Connection connection = TestPostgres.connect(database)) {
            SchemaModel model = CatalogIntrospector.introspect(connection);
            StringBuilder text = new StringBuilder(SchemaText.describe(model));
            for (Table table : model.tables()) {
                text.append("\nrows of ").append(table.name()).append(":\n").append(rows(connection, table));
            }
            return text.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot snapshot " + database, e);
        }
    }

    private static String rows(Connection connection, Table table) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table.name().sql() + " ORDER BY 1")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                rows.append('\n');
            }
        }
        return rows.toString();
    }
}

package io.wsmigrate.introspect;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database holding {@code catalog-fixture.sql}, loaded once per test JVM because every
 * test only reads it.
 */
final class CatalogFixture {
    private static DatabaseSettings database;

    private CatalogFixture() {
    }

    static synchronized DatabaseSettings database() throws SQLException {
        if (database == null) {
            DatabaseSettings fresh = TestPostgres.get().freshDatabase();
            execute(fresh, resource("catalog-fixture.sql"));
            database = fresh;
        }
        return database;
    }

    static SchemaModel introspect(IntrospectOptions options) throws SQLException {
        try (Connection connection = TestPostgres.connect(database())) {
            return CatalogIntrospector.introspect(connection, options);
        }
    }

    static void execute(DatabaseSettings db, String sql) throws SQLException {
        try (Connection connection = TestPostgres.connect(db); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String resource(String name) {
        try (InputStream in = CatalogFixture.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.wsmigrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * A thousand tables, each referencing the previous one: the shape on which Alembic and Liquibase
 * overflow their stacks. Bulk queries and flat maps read it like any other schema.
 */
class LongForeignKeyChainTest {
    private static final int TABLES = 1000;

    @Test
    void thousandTableForeignKeyChainIsReadCompletely(TestReporter reporter) throws SQLException {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        CatalogFixture.execute(db, chainDdl());

        SchemaModel model;
        try (Connection connection = TestPostgres.connect(db)) {
            long started = System.nanoTime();
            model = CatalogIntrospector.introspect(connection);
            long firstMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            CatalogIntrospector.introspect(connection);
            long secondMillis = (System.nanoTime() - started) / 1_000_000;
            reporter.publishEntry("introspect 1000 tables, first run ms", String.valueOf(firstMillis));
            reporter.publishEntry("introspect 1000 tables, second run ms", String.valueOf(secondMillis));
        }

        assertThat(model.tables()).hasSize(TABLES);
        assertThat(model.table(QualifiedName.of(name(500)))).contains(expectedLink(500));
        assertThat(hopsToTheFirstTable(model)).isEqualTo(TABLES - 1);
    }

    /** Follows the chain from the last table with a loop, as every consumer of the model should. */
    private static int hopsToTheFirstTable(SchemaModel model) {
        Map<QualifiedName, Table> byName = model.tables().stream()
                .collect(Collectors.toMap(Table::name, Function.identity()));
        Table current = byName.get(QualifiedName.of(name(TABLES - 1)));
        int hops = 0;
        while (!current.foreignKeys().isEmpty()) {
            current = byName.get(current.foreignKeys().get(0).referencedTable());
            hops++;
        }
        assertThat(current.name()).isEqualTo(QualifiedName.of(name(0)));
        return hops;
    }

    private static Table expectedLink(int number) {
        return new Table(QualifiedName.of(name(number)), List.of(
                Column.of("id", "bigint", false),
                Column.of("name", "character varying(100)", false),
                Column.of("previous_id", "bigint", true)),
                new PrimaryKey(name(number) + "_pkey", List.of("id")), List.of(),
                List.of(Index.on(name(number) + "_previous_idx", false, "previous_id")),
                List.of(new ForeignKey(name(number) + "_previous_id_fkey", List.of("previous_id"),
                        QualifiedName.of(name(number - 1)), List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                List.of(), null);
    }

    private static String chainDdl() {
        StringBuilder ddl = new StringBuilder("CREATE TABLE " + name(0)
                + " (id bigint PRIMARY KEY, name varchar(100) NOT NULL);\n");
        for (int i = 1; i < TABLES; i++) {
            ddl.append("CREATE TABLE ").append(name(i))
                    .append(" (id bigint PRIMARY KEY, name varchar(100) NOT NULL, previous_id bigint REFERENCES ")
                    .append(name(i - 1)).append(" ON DELETE CASCADE);\n")
                    .append("CREATE INDEX ").append(name(i)).append("_previous_idx ON ").append(name(i))
                    .append(" (previous_id);\n");
        }
        return ddl.toString();
    }

    private static String name(int number) {
        return String.format("link_%04d", number);
    }
}

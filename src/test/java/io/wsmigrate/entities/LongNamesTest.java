package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Names over 63 bytes: the model holds what PostgreSQL stores, checked against the server itself
 * by running Hibernate's DDL and reading the catalog back.
 */
class LongNamesTest {
    private static final String PACKAGE = "io.wsmigrate.entities.fixtures.longnames";

    @Test
    void truncationKeepsSixtyThreeBytesAndWholeCharacters() {
        assertThat(LongNames.truncate("a".repeat(63))).isEqualTo("a".repeat(63));
        assertThat(LongNames.truncate("a".repeat(70))).isEqualTo("a".repeat(63));
        // "x" and 31 letters of two bytes are 63 bytes; the 32nd letter would be cut in half
        assertThat(LongNames.truncate("x" + "\u00e9".repeat(40))).isEqualTo("x" + "\u00e9".repeat(31));
        assertThat(LongNames.truncate("\u00e9".repeat(40))).isEqualTo("\u00e9".repeat(31));
    }

    @Test
    void theModelNamesTablesAndColumnsAsPostgresqlStoresThem() throws Exception {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        try (EntityModel model = EntityModelLoader.load(Fixtures.source(PACKAGE, false));
             Connection c = TestPostgres.connect(database); Statement s = c.createStatement()) {
            for (String ddl : model.createDdl(Set.of())) {
                s.execute(ddl);
            }
            List<String> stored = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT c.relname || '.' || a.attname FROM pg_attribute a"
                    + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 ORDER BY 1")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            List<String> modelled = new ArrayList<>();
            for (Table table : model.schema().tables()) {
                for (Column column : table.columns()) {
                    modelled.add(table.name().name() + "." + column.name());
                }
            }
            assertThat(modelled).containsExactlyInAnyOrderElementsOf(stored).hasSize(2);
            // 70 bytes of table name cut to 63; the column cut before the 32nd two-byte letter
            assertThat(stored).containsExactlyInAnyOrder(
                    "customer_loyalty_programme_membership_history_entries_for_each_.id",
                    "customer_loyalty_programme_membership_history_entries_for_each_.x" + "\u00e9".repeat(31));
        }
    }
}

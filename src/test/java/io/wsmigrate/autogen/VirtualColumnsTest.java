package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wsmigrate.autogen.fixtures.virtualcolumns.Panel;
import io.wsmigrate.autogen.oracle.CatalogSnapshot;
import io.wsmigrate.autogen.oracle.HibernateSchemaExport;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL 18's virtual generated columns (run by the compatibility suite on 18): Hibernate's
 * SessionFactory, connected to the server, writes {@code @GeneratedColumn} virtual there, and a
 * column definition may say {@code virtual} itself. Autogenerate gives exactly its catalog, virtual
 * and stored alike, and {@code check} finds nothing in the database it created.
 */
@Tag(TestPostgres.COMPAT_TAG)
class VirtualColumnsTest {
    @TempDir
    Path folder;

    @Test
    void virtualGeneratedColumnsRoundTripAgainstTheSessionFactoryOnPostgres18() {
        assumeTrue(TestPostgres.get().major() >= 18, "virtual generated columns exist from PostgreSQL 18");
        // alphabetical order (the fixture's generated columns sort last): a new table gets them last
        SessionFactoryRoundTripTest.roundTrip(folder, Panel.class.getPackageName(), List.of(Panel.class),
                Map.of("hibernate.column_ordering_strategy", "legacy"));
    }

    @Test
    void theSessionFactoryMakesGeneratedColumnVirtualOnlyFrom18() {
        assumeTrue(TestPostgres.get().major() >= 18, "virtual generated columns exist from PostgreSQL 18");
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        HibernateSchemaExport.create(database, List.of(Panel.class), Map.of());
        assertThat(CatalogSnapshot.of(database)).anyMatch(line -> line.contains(" surface ")
                && line.contains("generated v")).anyMatch(line -> line.contains(" perimeter ")
                && line.contains("generated v")).anyMatch(line -> line.contains(" total_squared ")
                && line.contains("generated s"));
    }
}

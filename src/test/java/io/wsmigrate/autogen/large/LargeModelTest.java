package io.wsmigrate.autogen.large;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Against;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.introspect.SchemaText;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autogenerate end to end on a model of some forty tables that uses every mapping style. */
class LargeModelTest {
    static final String MODEL = "io.wsmigrate.autogen.large.model";
    /**
     * 38 entities: 34 tables (single-table subclasses share one, the table-per-class root has none),
     * 5 join and collection tables, a secondary table and a generator table.
     */
    static final int TABLES = 41;

    @TempDir
    Path folder;

    @Test
    void aSchemaCreatedByHibernatesOwnDdlHasNoDifferences() {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        List<String> ddl = new ArrayList<>(List.of("create schema audit"));
        ddl.addAll(AutogenProject.hibernateDdl(MODEL, List.of(AutogenProject.testClasses())));
        AutogenProject.execute(database, ddl);
        AutogenProject project = AutogenProject.of(MODEL, List.of(AutogenProject.testClasses()), folder, database);

        assertThat(AutogenProject.introspect(database).tables()).hasSize(TABLES);
        assertThat(project.check(Against.DATABASE)).isEmpty();
    }

    @Test
    void autogenerateFromAnEmptyDatabaseUpgradesToAMatchingSchemaAndDowngradesToEmpty() {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        AutogenProject project = AutogenProject.of(MODEL, List.of(AutogenProject.testClasses()), folder, database);

        Path revision = project.autogenerate("Initial", Against.DATABASE);
        assertThat(revision).isNotNull();
        project.upgrade("head");

        assertThat(project.check(Against.DATABASE)).isEmpty();
        assertThat(project.autogenerate("Nothing changed", Against.DATABASE)).isNull();

        project.downgrade("base");
        assertOnlyTheVersionTable(AutogenProject.introspect(database), project.versionTable());
        assertThat(AutogenProject.schemas(database)).containsExactly("public");
    }

    @Test
    void autogenerateAgainstTheScriptsNeverTouchesTheConfiguredDatabaseAndItsRevisionSparesForeignTables() {
        AutogenProject offline = AutogenProject.of(MODEL, List.of(AutogenProject.testClasses()), folder,
                AutogenProject.UNREACHABLE);

        assertThat(offline.autogenerate("Initial", Against.SCRIPTS)).isNotNull();
        assertThat(offline.check(Against.SCRIPTS)).isEmpty();

        DatabaseSettings database = TestPostgres.get().freshDatabase();
        AutogenProject.execute(database, List.of("create schema audit",
                "create table audit.legacy_log (id bigint primary key, line text)",
                "create table legacy_notes (id bigint primary key, note text)", "create sequence legacy_counter"));
        AutogenProject online = offline.withDatabase(database);
        online.upgrade("head");
        assertThat(AutogenProject.introspect(database).tables()).hasSize(TABLES + 3);
        assertThat(online.check(Against.DATABASE)).as("tables and sequences nobody maps are never dropped").isEmpty();

        online.downgrade("base");
        assertThat(AutogenProject.introspect(database).tables()).extracting(Table::name).containsExactlyInAnyOrder(
                QualifiedName.of(online.versionTable()), new QualifiedName("audit", "legacy_log"),
                QualifiedName.of("legacy_notes"));
        assertThat(AutogenProject.schemas(database)).containsExactly("audit", "public");
        assertThat(AutogenProject.introspect(database).sequences()).extracting(Sequence::name)
                .containsExactly(QualifiedName.of("legacy_counter"));
    }

    static void assertOnlyTheVersionTable(SchemaModel schema, String versionTable) {
        assertThat(schema.tables()).extracting(Table::name).containsExactly(QualifiedName.of(versionTable));
        assertThat(schema.sequences()).as(SchemaText.describe(schema)).isEmpty();
    }
}

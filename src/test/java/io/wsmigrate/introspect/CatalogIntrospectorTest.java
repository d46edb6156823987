package io.wsmigrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which objects a run reads: schemas, filters, and what is never a table of the schema. */
@Tag(TestPostgres.COMPAT_TAG)
class CatalogIntrospectorTest {
    private static final QualifiedName INVOICE = new QualifiedName("sales", "invoice");
    private static final QualifiedName INVOICE_NOTE = new QualifiedName("sales", "invoice_note");
    private static final QualifiedName ENTRY = new QualifiedName("Audit", "Entry");

    @Test
    void defaultsReadEveryUserSchemaButNoViewPartitionOrSystemTable() throws SQLException {
        SchemaModel model = CatalogFixture.introspect(IntrospectOptions.defaults());

        assertThat(model.tables()).extracting(Table::name).containsExactly(
                ENTRY, QualifiedName.of("MixedCase"), QualifiedName.of("all_types"), QualifiedName.of("category"),
                QualifiedName.of("customer"), QualifiedName.of("event"), QualifiedName.of("event_tag"),
                QualifiedName.of("order"), QualifiedName.of("order_line"), QualifiedName.of("user"),
                QualifiedName.of("we\"ird"), INVOICE, INVOICE_NOTE);
    }

    @Test
    void onlyFreeSequencesAreReadNotThoseOfSerialOrIdentityColumns() throws SQLException {
        SchemaModel model = CatalogFixture.introspect(IntrospectOptions.defaults());

        assertThat(model.sequences()).containsExactly(
                new Sequence(QualifiedName.of("invoice_number_seq"), 1, 50),
                new Sequence(new QualifiedName("sales", "ticket_seq"), 1000, 1));
    }

    @Test
    void listedSchemasLimitTablesAndSequencesButKeepReferencesOutOfThem() throws SQLException {
        SchemaModel model = CatalogFixture.introspect(IntrospectOptions.onlySchemas("sales"));

        assertThat(model.tables()).extracting(Table::name).containsExactly(INVOICE, INVOICE_NOTE);
        assertThat(model.sequences()).extracting(Sequence::name)
                .containsExactly(new QualifiedName("sales", "ticket_seq"));
        assertThat(model.table(INVOICE).orElseThrow().foreignKeys().get(0).referencedTable())
                .isEqualTo(QualifiedName.of("customer"));
    }

    @Test
    void schemaNamesAreMatchedExactlyAsStored() throws SQLException {
        assertThat(CatalogFixture.introspect(IntrospectOptions.onlySchemas("Audit")).tables())
                .extracting(Table::name).containsExactly(ENTRY);
        assertThat(CatalogFixture.introspect(IntrospectOptions.onlySchemas("audit")).tables()).isEmpty();
    }

    @Test
    void excludedTablesAndSequencesAreLeftOut() throws SQLException {
        IntrospectOptions options = IntrospectOptions.onlySchemas("sales", "Audit")
                .excluding(INVOICE_NOTE, new QualifiedName("sales", "ticket_seq"));

        SchemaModel model = CatalogFixture.introspect(options);

        assertThat(model.tables()).extracting(Table::name).containsExactly(ENTRY, INVOICE);
        assertThat(model.sequences()).isEmpty();
    }

    @Test
    void temporaryTablesOfTheSessionAreNotPartOfTheSchema() throws SQLException {
        try (Connection connection = TestPostgres.connect(CatalogFixture.database());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE scratch (id int PRIMARY KEY)");

            SchemaModel model = CatalogIntrospector.introspect(connection);

            assertThat(model.tables()).extracting(table -> table.name().name()).doesNotContain("scratch");
        }
    }

    @Test
    void emptyDatabaseGivesAnEmptyModel() throws SQLException {
        try (Connection connection = TestPostgres.connect(TestPostgres.get().freshDatabase())) {
            assertThat(CatalogIntrospector.introspect(connection)).isEqualTo(SchemaModel.EMPTY);
        }
    }

    @Test
    void catalogFailureBecomesADatabaseErrorOnOneLine() throws SQLException {
        Connection closed = TestPostgres.connect(CatalogFixture.database());
        closed.close();

        assertThatThrownBy(() -> CatalogIntrospector.introspect(closed, IntrospectOptions.defaults()))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.DATABASE);
                    assertThat(e.getMessage()).startsWith("cannot read the database catalog: ")
                            .doesNotContain("\n", "jdbc:", "password");
                });
    }

    @Test
    void optionsKeepTheirSchemaListImmutable() {
        List<String> schemas = new java.util.ArrayList<>(List.of("sales"));
        IntrospectOptions options = new IntrospectOptions(schemas, name -> true);
        schemas.add("public");

        assertThat(options.schemas()).containsExactly("sales");
        assertThat(IntrospectOptions.defaults().allSchemas()).isTrue();
    }
}

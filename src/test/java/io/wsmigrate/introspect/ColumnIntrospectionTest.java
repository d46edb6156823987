package io.wsmigrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.GeneratedColumn;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import io.wsmigrate.testing.TestPostgres;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Columns as {@code catalog-fixture.sql} declares them: types, defaults, identity, comments, names. */
@Tag(TestPostgres.COMPAT_TAG)
class ColumnIntrospectionTest {
    private static SchemaModel model;

    @BeforeAll
    static void introspectFixture() throws SQLException {
        model = CatalogFixture.introspect(IntrospectOptions.defaults());
    }

    @Test
    void everyCommonTypeIsReadInColumnOrderWithItsDefaultAndNullability() {
        Table expected = new Table(QualifiedName.of("all_types"), List.of(
                Column.of("id", "integer", false).withDefault("nextval('all_types_id_seq'::regclass)"),
                Column.of("code", "varchar(20)", false).withDefault("'none'::character varying"),
                Column.of("amount", "numeric(12,2)", true).withDefault("0"),
                Column.of("plain_number", "numeric", true),
                Column.of("quantity", "int", false).withDefault("1"),
                Column.of("big_count", "bigint", true),
                Column.of("small_count", "smallint", true),
                Column.of("notes", "text", true),
                Column.of("active", "boolean", false).withDefault("true"),
                Column.of("created_at", "timestamp(3)", false).withDefault("now()"),
                Column.of("changed_at", "timestamptz", true),
                Column.of("precise_at", "timestamp(0) with time zone", true),
                Column.of("birth_date", "date", true),
                Column.of("wake_up", "time", true),
                Column.of("external_id", "uuid", true).withDefault("gen_random_uuid()"),
                Column.of("profile", "jsonb", true).withDefault("'{}'::jsonb"),
                Column.of("picture", "bytea", true),
                Column.of("large_object", "oid", true),
                Column.of("tags", "text[]", true),
                Column.of("matrix", "integer[]", true),
                Column.of("country", "char(2)", true),
                Column.of("flag", "char(1)", true),
                Column.of("rating", "double precision", true),
                Column.of("ratio", "real", true),
                Column.of("invoice_number", "bigint", true).withDefault("nextval('invoice_number_seq'::regclass)"),
                Column.of("total", "numeric(14,2)", true)
                        .withGenerated(new GeneratedColumn("(amount * (quantity)::numeric)", true)),
                Column.of("feeling", "mood", true).withDefault("'happy'::mood")),
                new PrimaryKey("all_types_pkey", List.of("id")), List.of(),
                List.of(new Index("all_types_external_id_idx", List.of(IndexColumn.asc("external_id")), true, null, "btree"),
                        new Index("all_types_profile_idx", List.of(IndexColumn.asc("profile")), false, null, "gin")),
                List.of(), List.of(), null);

        assertThat(model.table(QualifiedName.of("all_types"))).contains(expected);
    }

    @Test
    void typesArePostgresqlsOwnFormatTypeSpelling() {
        Table allTypes = model.table(QualifiedName.of("all_types")).orElseThrow();

        assertThat(allTypes.columns().stream().map(column -> column.type().sql())).containsExactly(
                "integer", "character varying(20)", "numeric(12,2)", "numeric", "integer", "bigint", "smallint",
                "text", "boolean", "timestamp(3) without time zone", "timestamp with time zone",
                "timestamp(0) with time zone", "date", "time without time zone", "uuid", "jsonb", "bytea", "oid",
                "text[]", "integer[]", "character(2)", "character(1)", "double precision", "real", "bigint",
                "numeric(14,2)", "mood");
        assertThat(allTypes.column("matrix").orElseThrow().type())
                .as("PostgreSQL does not record declared array dimensions")
                .isEqualTo(new ColumnType("integer", List.of(), 1));
    }

    @Test
    void typeWithModifiersThatAreNotNumbersIsKeptWhole() {
        assertThat(ColumnReader.type("geometry(Point,4326)"))
                .isEqualTo(new ColumnType("geometry(point,4326)", List.of(), 0));
        assertThat(ColumnReader.type("character varying(12)[]")).isEqualTo(new ColumnType("character varying", List.of(12), 1));
    }

    @Test
    void anUnboundedBpcharIsNotCharacterOfOne() {
        // format_type prints a column declared bpchar (any length, blank-padded) as "bpchar", char(1) as "character(1)"
        assertThat(ColumnReader.type("bpchar")).isEqualTo(new ColumnType("bpchar", List.of(), 0));
        assertThat(ColumnReader.type("bpchar[]")).isEqualTo(new ColumnType("bpchar", List.of(), 1));
        assertThat(ColumnType.parse("bpchar(3)").sql()).isEqualTo("character(3)");
        assertThat(ColumnType.parse("character").sql()).isEqualTo("character(1)");
    }

    @Test
    void generatedColumnExpressionIsNotReportedAsADefault() {
        Column total = model.table(QualifiedName.of("all_types")).orElseThrow().column("total").orElseThrow();

        assertThat(total.defaultExpression()).isNull();
        assertThat(total.identity()).isEqualTo(Identity.NONE);
    }

    @Test
    void identityColumnsCarryTheirKindAndNoDefault() {
        Column always = model.table(QualifiedName.of("customer")).orElseThrow().column("id").orElseThrow();
        Column byDefault = model.table(QualifiedName.of("category")).orElseThrow().column("id").orElseThrow();

        assertThat(always).isEqualTo(Column.of("id", "bigint", false).withIdentity(Identity.ALWAYS));
        assertThat(byDefault).isEqualTo(Column.of("id", "integer", false).withIdentity(Identity.BY_DEFAULT));
    }

    @Test
    void tableAndColumnCommentsAreRead() {
        Table customer = model.table(QualifiedName.of("customer")).orElseThrow();

        assertThat(customer.comment()).isEqualTo("People who buy");
        assertThat(customer.column("email").orElseThrow().comment()).isEqualTo("Login, unique");
        assertThat(customer.column("name").orElseThrow().comment()).isNull();
    }

    @Test
    void quotedReservedAndMixedCaseNamesComeBackExactlyAsStored() {
        Table user = new Table(QualifiedName.of("user"), List.of(
                Column.of("id", "bigint", false).withDefault("nextval('user_id_seq'::regclass)"),
                Column.of("MixedCase", "text", true),
                Column.of("select", "integer", true),
                Column.of("we\"ird", "text", true)),
                new PrimaryKey("user_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
        Table weird = new Table(QualifiedName.of("we\"ird"), List.of(Column.of("a\"b", "integer", false)),
                null, List.of(new UniqueConstraint("we\"ird_a\"b_key", List.of("a\"b"))),
                List.of(), List.of(), List.of(), null);
        Table entry = Table.of(new QualifiedName("Audit", "Entry"), List.of(Column.of("Id", "integer", false)));

        assertThat(model.table(QualifiedName.of("user"))).contains(user);
        assertThat(model.table(QualifiedName.of("we\"ird"))).contains(weird);
        assertThat(model.table(new QualifiedName("Audit", "Entry"))).contains(entry);
    }
}

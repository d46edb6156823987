package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.AlterColumnType;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every type reaches PostgreSQL as the type it names: Liquibase's own translation turns some
 * PostgreSQL spellings into other types ({@code money} into {@code DECIMAL}, {@code "char"} into
 * {@code CHAR}) or broken SQL ({@code CHARACTER VARYING[](20)}).
 */
class ColumnTypeFidelityTest {
    static final List<String> TYPES = List.of(
            "character varying(200)", "character varying", "character(1)", "character(10)", "text",
            "character varying(20)[]", "character(5)[]", "text[]", "numeric", "numeric(5,0)", "numeric(10,2)",
            "numeric(10,2)[]", "smallint", "integer", "bigint", "bigint[]", "real", "double precision",
            "double precision[]", "money", "boolean", "bit(3)", "bit varying(5)", "bit varying(5)[]",
            "date", "time without time zone", "time(3) with time zone", "time(3) with time zone[]",
            "timestamp without time zone", "timestamp(3) without time zone[]", "timestamp(0) with time zone",
            "timestamp with time zone", "timestamp(6) with time zone", "timestamp(6) without time zone",
            "time(6) without time zone", "time(0) without time zone", "time(6) with time zone[]",
            "timestamp(6) with time zone[]", "numeric(21,0)", "numeric(38,2)[]", "bit(1)", "bit varying",
            "interval", "interval second(3)", "interval second(6)", "interval(2)", "interval day to second(4)",
            "interval day to second",
            "uuid", "bytea", "oid", "jsonb", "json", "xml", "inet", "tsvector", "int4range", "\"char\"",
            "mood", "mood[]");

    private static String column(int i) {
        return "c" + i;
    }

    @Test
    void createTableKeepsEveryType() throws Exception {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < TYPES.size(); i++) {
            columns.add(new Column(column(i), ColumnType.parse(TYPES.get(i)), true, null, null, null));
        }
        try (Db db = Db.fresh()) {
            db.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
            db.apply(new CreateTable(Table.of(QualifiedName.of("types"), columns)));
            assertThat(db.columns("types")).containsExactlyElementsOf(
                    columns.stream().map(c -> c.name() + " " + c.type().sql()).toList());
        }
    }

    @Test
    void addColumnAndTypeChangesKeepArrayTypes() throws Exception {
        QualifiedName table = QualifiedName.of("t");
        ColumnType names = ColumnType.parse("varchar(20)[]");
        ColumnType longer = ColumnType.parse("varchar(50)[]");
        try (Db db = Db.fresh()) {
            db.execute("CREATE TABLE t (id int)");
            db.apply(new AddColumn(table, new Column("names", names, true, null, null, null)));
            db.apply(new AlterColumnType(table, "names", names, longer, null));
            db.apply(new AlterColumnType(table, "id", ColumnType.parse("integer"), ColumnType.parse("double precision[]"),
                    "ARRAY[id]"));
            db.apply(new AddColumn(table, new Column("at", ColumnType.parse("timestamptz"), true, null, null, null)));
            db.apply(new AlterColumnType(table, "at", ColumnType.parse("timestamptz"),
                    ColumnType.parse("timestamp(6) with time zone"), null));
            assertThat(db.columns("t")).containsExactly("id double precision[]", "names character varying(50)[]",
                    "at timestamp(6) with time zone");
        }
    }

    @Test
    void liquibaseTranslationsStillWorkForHandWrittenTypes() throws Exception {
        try (Db db = Db.fresh()) {
            db.apply(ChangeYaml.parse("""
                    - createTable:
                        tableName: legacy
                        columns:
                          - column: {name: a, type: datetime}
                          - column: {name: b, type: clob}
                          - column: {name: c, type: tinyint}
                          - column: {name: d, type: 'java.sql.Types.VARCHAR(12)'}
                          - column: {name: e, type: currency}
                    """));
            assertThat(db.columns("legacy")).containsExactly("a timestamp without time zone", "b text", "c smallint",
                    "d character varying(12)", "e numeric");
        }
    }
}

package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.AlterColumnType;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Another database's type spelling in the entities (ThingsBoard's {@code @Column(columnDefinition =
 * "BINARY")} on a {@code byte[]}) made Liquibase create {@code bytea}, and every later check asked to
 * change the column to {@code binary}. It is refused with one line naming the column.
 */
class ForeignTypeNamesTest {
    private static final QualifiedName T = QualifiedName.of("firmware");

    @ParameterizedTest
    @ValueSource(strings = {"binary", "BINARY", "binary(16)", "varbinary(64)", "blob", "clob", "datetime", "tinyint",
            "nvarchar(10)", "longtext", "uniqueidentifier", "number(10)"})
    void aTypePostgresqlDoesNotHaveIsRefusedInEveryChangeThatWritesIt(String type) {
        Column data = Column.of("data", type, true);
        Table table = Table.of(T, List.of(Column.of("id", "bigint", false), data))
                .withPrimaryKey(new PrimaryKey("firmware_pkey", List.of("id")));

        for (var operation : List.of(new CreateTable(table), new AddColumn(T, data),
                new AlterColumnType(T, "data", ColumnType.parse("bytea"), ColumnType.parse(type), null))) {
            assertThatThrownBy(() -> ChangeRenderer.render(operation))
                    .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                    .hasMessageStartingWith("column firmware.data has type " + type.toLowerCase(java.util.Locale.ROOT)
                            + ", which PostgreSQL does not have (Hibernate's own DDL fails on it too); Liquibase would make it ")
                    .hasMessageContaining("which the entities would never match: map the column to a PostgreSQL type,"
                            + " e.g. @Column(columnDefinition = \"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytea", "oid", "bit(8)", "bit varying(5)", "money", "double precision[]",
            "character varying(20)[]", "timetz", "time(3)", "timestamp(6) with time zone", "float(53)", "serial",
            "interval second(3)", "\"char\"", "xml", "tsvector", "citext", "numeric(10,2)",
            "mood"})
    void postgresqlsOwnSpellingsAndUserTypesPass(String type) {
        assertThat(ChangeRenderer.render(new AddColumn(T, Column.of("data", type, true)))).hasSize(1);
    }
}

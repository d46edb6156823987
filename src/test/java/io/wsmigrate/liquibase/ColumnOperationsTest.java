package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.AlterColumnDefault;
import io.wsmigrate.ops.ColumnOperation.AlterColumnIdentity;
import io.wsmigrate.ops.ColumnOperation.AlterColumnNullability;
import io.wsmigrate.ops.ColumnOperation.AlterColumnType;
import io.wsmigrate.ops.ColumnOperation.DropColumn;
import io.wsmigrate.ops.ColumnOperation.RenameColumn;
import io.wsmigrate.ops.ColumnOperation.SetColumnComment;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ColumnOperationsTest {
    static final QualifiedName ITEM = QualifiedName.of("item");

    private static Db itemTable() throws SQLException {
        Db db = Db.fresh();
        db.execute("CREATE TABLE item (id integer NOT NULL, name varchar(100), qty integer)",
                "INSERT INTO item VALUES (1, 'apple', 3), (2, 'pear', 5)");
        return db;
    }

    @Test
    void addColumnWithDefaultCommentAndNotNullFillsExistingRows() throws Exception {
        Column column = Column.of("status", "varchar(20)", false).withDefault("'new'::character varying")
                .withComment("lifecycle");
        try (Db db = itemTable()) {
            db.roundTrip(new AddColumn(ITEM, column), () -> {
                assertThat(db.columns("item")).contains(
                        "status character varying(20) not null default 'new'::character varying comment lifecycle");
                assertThat(db.column("SELECT status FROM item")).containsOnly("new");
            });
        }
    }

    @Test
    void addIdentityAndArrayColumns() throws Exception {
        try (Db db = itemTable()) {
            db.roundTrip(new AddColumn(ITEM, Column.of("seq", "bigint", false).withIdentity(Identity.ALWAYS)),
                    () -> assertThat(db.columns("item")).contains("seq bigint not null identity a"));
            db.roundTrip(new AddColumn(ITEM, Column.of("scores", "numeric(5,2)[]", true)),
                    () -> assertThat(db.columns("item")).contains("scores numeric(5,2)[]"));
        }
    }

    @Test
    void dropColumnAndItsReverseRestoreTheColumn() throws Exception {
        try (Db db = itemTable()) {
            db.roundTrip(new DropColumn(ITEM, Column.of("qty", "integer", true)),
                    () -> assertThat(db.columns("item")).containsExactly("id integer not null",
                            "name character varying(100)"));
        }
    }

    @Test
    void renameColumnToAMixedCaseName() throws Exception {
        try (Db db = itemTable()) {
            db.roundTrip(new RenameColumn(ITEM, "qty", "Quantity"),
                    () -> assertThat(db.value("SELECT sum(\"Quantity\") FROM item")).isEqualTo("8"));
        }
    }

    @Test
    void wideningTypeChangeKeepsTheData() throws Exception {
        try (Db db = itemTable()) {
            db.roundTrip(new AlterColumnType(ITEM, "qty", ColumnType.parse("integer"), ColumnType.parse("bigint"), null),
                    () -> assertThat(db.columns("item")).contains("qty bigint"));
            db.roundTrip(new AlterColumnType(ITEM, "name", ColumnType.parse("varchar(100)"), ColumnType.parse("text"), null),
                    () -> assertThat(db.columns("item")).contains("name text"));
        }
    }

    @Test
    void narrowingTypeChangeFailsOnLongValuesInsteadOfTruncating() throws Exception {
        AlterColumnType narrow = new AlterColumnType(ITEM, "name", ColumnType.parse("varchar(100)"),
                ColumnType.parse("varchar(4)"), null);
        assertThat(ChangeRenderer.render(narrow)).extracting(ChangeEntry::type).containsExactly("sql");
        try (Db db = itemTable()) {
            assertThatThrownBy(() -> db.apply(narrow)).hasMessageContaining("value too long");
            assertThat(db.column("SELECT name FROM item ORDER BY id")).containsExactly("apple", "pear");
            db.execute("UPDATE item SET name = left(name, 4)");
            db.roundTrip(narrow, () -> assertThat(db.columns("item")).contains("name character varying(4)"));
        }
    }

    @Test
    void typeChangeWithUsingExpressionConvertsTheData() throws Exception {
        AlterColumnType toText = new AlterColumnType(ITEM, "qty", ColumnType.parse("integer"), ColumnType.parse("text"),
                "'n' || qty");
        try (Db db = itemTable()) {
            db.apply(toText);
            assertThat(db.column("SELECT qty FROM item ORDER BY id")).containsExactly("n3", "n5");
            db.execute("UPDATE item SET qty = substr(qty, 2)");
            db.apply(toText.reverse());
            assertThat(db.columns("item")).contains("qty integer");
        }
    }

    @Test
    void nullabilityChangesBothWays() throws Exception {
        try (Db db = itemTable()) {
            db.roundTrip(new AlterColumnNullability(ITEM, "qty", ColumnType.parse("integer"), false),
                    () -> assertThat(db.columns("item")).contains("qty integer not null"));
            db.roundTrip(new AlterColumnNullability(ITEM, "id", ColumnType.parse("integer"), true),
                    () -> assertThat(db.columns("item")).contains("id integer"));
        }
    }

    @Test
    void defaultIsSetChangedAndDropped() throws Exception {
        ColumnType integer = ColumnType.parse("integer");
        try (Db db = itemTable()) {
            db.roundTrip(new AlterColumnDefault(ITEM, "qty", integer, null, "(7 * 6)"),
                    () -> assertThat(db.columns("item")).contains("qty integer default (7 * 6)"));
            db.execute("ALTER TABLE item ALTER COLUMN qty SET DEFAULT 1");
            db.roundTrip(new AlterColumnDefault(ITEM, "qty", integer, "1", "2"),
                    () -> assertThat(db.columns("item")).contains("qty integer default 2"));
            db.roundTrip(new AlterColumnDefault(ITEM, "qty", integer, "1", null),
                    () -> assertThat(db.columns("item")).contains("qty integer"));
        }
    }

    @Test
    void identityAddedToAFilledColumnContinuesAfterTheLargestValue() throws Exception {
        AlterColumnIdentity add = new AlterColumnIdentity(ITEM, "id", Identity.NONE, Identity.BY_DEFAULT);
        try (Db db = itemTable()) {
            db.roundTrip(add, () -> {
                assertThat(db.columns("item")).contains("id integer not null identity d");
                db.execute("INSERT INTO item (name) VALUES ('fig')");
                assertThat(db.value("SELECT id FROM item WHERE name = 'fig'")).isEqualTo("3");
                db.execute("DELETE FROM item WHERE name = 'fig'");
            });
        }
    }

    @Test
    void identityKindChangesAndIsDropped() throws Exception {
        try (Db db = itemTable()) {
            db.execute("ALTER TABLE item ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY");
            db.roundTrip(new AlterColumnIdentity(ITEM, "id", Identity.ALWAYS, Identity.BY_DEFAULT),
                    () -> assertThat(db.columns("item")).contains("id integer not null identity d"));
            db.roundTrip(new AlterColumnIdentity(ITEM, "id", Identity.ALWAYS, Identity.NONE),
                    () -> assertThat(db.columns("item")).contains("id integer not null"));
        }
        assertThat(ChangeRenderer.render(new AlterColumnIdentity(ITEM, "id", Identity.ALWAYS, Identity.ALWAYS))).isEmpty();
    }

    @Test
    void columnCommentIsSetAndRemoved() throws Exception {
        try (Db db = itemTable()) {
            db.roundTrip(new SetColumnComment(ITEM, "name", null, "what it's called"),
                    () -> assertThat(db.columns("item")).contains("name character varying(100) comment what it's called"));
            db.execute("COMMENT ON COLUMN item.name IS 'old'");
            db.roundTrip(new SetColumnComment(ITEM, "name", "old", null),
                    () -> assertThat(db.columns("item")).contains("name character varying(100)"));
        }
    }
}

package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.ops.TableOperation.DropTable;
import io.wsmigrate.ops.TableOperation.RenameTable;
import io.wsmigrate.ops.TableOperation.SetTableComment;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableOperationsTest {
    static final QualifiedName OFFER = QualifiedName.of("offer");

    /** A table using everything a table can carry. */
    static Table offer() {
        return Table.of(OFFER, List.of(
                        new Column("id", ColumnType.parse("bigint"), false, null, Identity.ALWAYS, "the key"),
                        Column.of("title", "varchar(200)", false).withComment("it's \"the\" title \\ here"),
                        Column.of("price", "numeric(10,2)", true).withDefault("0"),
                        Column.of("created", "timestamptz", false).withDefault("CURRENT_TIMESTAMP"),
                        Column.of("tags", "varchar(20)[]", true).withDefault("'{}'::character varying[]"),
                        Column.of("seller", "integer", true),
                        Column.of("body", "jsonb", true)))
                .withPrimaryKey(new PrimaryKey("offer_pk", List.of("id")))
                .withUniqueConstraints(List.of(new UniqueConstraint("offer_title_seller_key", List.of("title", "seller"))))
                .withChecks(List.of(new CheckConstraint("offer_price_check", "price >= 0")))
                .withIndexes(List.of(
                        new Index("offer_created_idx", List.of(new IndexColumn("created", true), IndexColumn.asc("id")),
                                false, null, null),
                        new Index("offer_cheap_idx", List.of(IndexColumn.asc("price")), false, "price < 10", null),
                        new Index("offer_lower_title_idx", List.of(new IndexColumn("lower((title)::text)", false)),
                                true, null, null),
                        new Index("offer_body_idx", List.of(IndexColumn.asc("body")), false, null, "gin")))
                .withComment("offers for sale");
    }

    @Test
    void createTableBuildsColumnsKeysChecksIndexesAndComments() throws Exception {
        try (Db db = Db.fresh()) {
            db.roundTrip(new CreateTable(offer()), () -> {
                assertThat(db.columns("offer")).containsExactly(
                        "id bigint not null identity a comment the key",
                        "title character varying(200) not null comment it's \"the\" title \\ here",
                        "price numeric(10,2) default 0",
                        "created timestamp with time zone not null default CURRENT_TIMESTAMP",
                        "tags character varying(20)[] default '{}'::character varying[]",
                        "seller integer",
                        "body jsonb");
                assertThat(db.constraints("offer")).containsExactly(
                        "offer_pk: PRIMARY KEY (id)",
                        "offer_price_check: CHECK ((price >= (0)::numeric))",
                        "offer_title_seller_key: UNIQUE (title, seller)");
                assertThat(db.indexes("offer")).containsExactly(
                        "CREATE INDEX offer_body_idx ON public.offer USING gin (body)",
                        "CREATE INDEX offer_cheap_idx ON public.offer USING btree (price) WHERE (price < (10)::numeric)",
                        "CREATE INDEX offer_created_idx ON public.offer USING btree (created DESC, id)",
                        "CREATE UNIQUE INDEX offer_lower_title_idx ON public.offer USING btree (lower((title)::text))",
                        "CREATE UNIQUE INDEX offer_pk ON public.offer USING btree (id)",
                        "CREATE UNIQUE INDEX offer_title_seller_key ON public.offer USING btree (title, seller)");
                assertThat(db.tableComment("offer")).isEqualTo("offers for sale");
            });
        }
    }

    @Test
    void createTableWithKeyOutOfColumnOrderKeepsTheKeyOrder() throws Exception {
        Table table = Table.of(QualifiedName.of("pair"), List.of(Column.of("a", "int", false), Column.of("b", "int", false)))
                .withPrimaryKey(new PrimaryKey(null, List.of("b", "a")));
        assertThat(ChangeRenderer.render(new CreateTable(table))).extracting(ChangeEntry::type)
                .containsExactly("createTable", "addPrimaryKey");
        try (Db db = Db.fresh()) {
            db.roundTrip(new CreateTable(table),
                    () -> assertThat(db.constraints("pair")).containsExactly("pair_pkey: PRIMARY KEY (b, a)"));
        }
    }

    @Test
    void createTableInAnotherSchemaWithIdentityByDefault() throws Exception {
        QualifiedName name = new QualifiedName("sales", "Order Line");
        Table table = Table.of(name, List.of(Column.of("id", "int", false).withIdentity(Identity.BY_DEFAULT),
                        Column.of("qty", "smallint", true)))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")));
        try (Db db = Db.fresh()) {
            db.execute("CREATE SCHEMA sales");
            db.roundTrip(new CreateTable(table), () -> {
                assertThat(db.columns(name.sql())).containsExactly("id integer not null identity d", "qty smallint");
                assertThat(db.constraints(name.sql())).containsExactly("Order Line_pkey: PRIMARY KEY (id)");
            });
        }
    }

    @Test
    void dropTableAndItsReverseRestoreTheSameTable() throws Exception {
        try (Db db = Db.fresh()) {
            db.apply(new CreateTable(offer()));
            db.roundTrip(new DropTable(offer()),
                    () -> assertThat(db.value("SELECT to_regclass('offer')")).isNull());
        }
    }

    @Test
    void renameTableKeepsTheSchema() throws Exception {
        QualifiedName from = new QualifiedName("sales", "item");
        QualifiedName to = new QualifiedName("sales", "Item");
        try (Db db = Db.fresh()) {
            db.execute("CREATE SCHEMA sales", "CREATE TABLE sales.item (id int)");
            db.roundTrip(new RenameTable(from, to), () -> {
                assertThat(db.value("SELECT to_regclass('sales.item')")).isNull();
                assertThat(db.columns("sales.\"Item\"")).containsExactly("id integer");
            });
        }
    }

    @Test
    void setTableCommentSetsChangesAndRemovesTheComment() throws Exception {
        try (Db db = Db.fresh()) {
            db.execute("CREATE TABLE offer (id int)");
            db.roundTrip(new SetTableComment(OFFER, null, "first"),
                    () -> assertThat(db.tableComment("offer")).isEqualTo("first"));
            db.execute("COMMENT ON TABLE offer IS 'first'");
            db.roundTrip(new SetTableComment(OFFER, "first", "it's second"),
                    () -> assertThat(db.tableComment("offer")).isEqualTo("it's second"));
            db.roundTrip(new SetTableComment(OFFER, "first", null),
                    () -> assertThat(db.tableComment("offer")).isNull());
        }
    }
}

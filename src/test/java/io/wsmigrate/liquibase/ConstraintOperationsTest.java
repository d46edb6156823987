package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ops.ConstraintOperation.AddCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.AddPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.AddUniqueConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.DropUniqueConstraint;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.UniqueConstraint;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintOperationsTest {
    static final QualifiedName ORDERS = QualifiedName.of("orders");
    static final QualifiedName LINE = new QualifiedName("sales", "Line");

    private static Db ordersAndLines() throws SQLException {
        Db db = Db.fresh();
        db.execute("CREATE SCHEMA sales",
                "CREATE TABLE orders (id integer NOT NULL, region text NOT NULL, code text)",
                "CREATE TABLE sales.\"Line\" (\"orderId\" integer, region text, qty integer)");
        return db;
    }

    @Test
    void namedPrimaryKeyIsAddedAndDropped() throws Exception {
        try (Db db = ordersAndLines()) {
            db.roundTrip(new AddPrimaryKey(ORDERS, new PrimaryKey("orders_pk", List.of("region", "id"))),
                    () -> assertThat(db.constraints("orders")).containsExactly("orders_pk: PRIMARY KEY (region, id)"));
        }
    }

    @Test
    void unnamedPrimaryKeyIsDroppedByLookingItUp() throws Exception {
        try (Db db = ordersAndLines()) {
            db.execute("ALTER TABLE orders ADD PRIMARY KEY (id)");
            db.roundTrip(new DropPrimaryKey(ORDERS, new PrimaryKey(null, List.of("id"))),
                    () -> assertThat(db.constraints("orders")).isEmpty());
        }
    }

    @Test
    void uniqueConstraintsNamedAndUnnamed() throws Exception {
        try (Db db = ordersAndLines()) {
            db.roundTrip(new AddUniqueConstraint(ORDERS, new UniqueConstraint("orders_code_key", List.of("code"))),
                    () -> assertThat(db.constraints("orders")).containsExactly("orders_code_key: UNIQUE (code)"));
            db.roundTrip(new AddUniqueConstraint(ORDERS, new UniqueConstraint(null, List.of("region", "code"))),
                    () -> assertThat(db.constraints("orders")).containsExactly("orders_region_code_key: UNIQUE (region, code)"));
        }
    }

    @Test
    void unnamedUniqueIsDroppedByItsColumnsAndNotAnotherOne() throws Exception {
        try (Db db = ordersAndLines()) {
            db.execute("ALTER TABLE orders ADD UNIQUE (code, region)", "ALTER TABLE orders ADD UNIQUE (region, code)");
            db.roundTrip(new DropUniqueConstraint(ORDERS, new UniqueConstraint(null, List.of("region", "code"))),
                    () -> assertThat(db.constraints("orders")).containsExactly("orders_code_region_key: UNIQUE (code, region)"));
        }
    }

    @Test
    void foreignKeyAcrossSchemasWithActions() throws Exception {
        ForeignKey key = new ForeignKey("line_order_fk", List.of("orderId", "region"), ORDERS, List.of("id", "region"),
                ReferentialAction.CASCADE, ReferentialAction.SET_NULL);
        try (Db db = ordersAndLines()) {
            db.execute("ALTER TABLE orders ADD PRIMARY KEY (id, region)");
            db.roundTrip(new AddForeignKey(LINE, key, false), () -> assertThat(db.constraints(LINE.sql())).containsExactly(
                    "line_order_fk: FOREIGN KEY (\"orderId\", region) REFERENCES orders(id, region)"
                            + " ON UPDATE SET NULL ON DELETE CASCADE"));
        }
    }

    @Test
    void notValidForeignKeyIsAddedWithoutCheckingAndThenValidated() throws Exception {
        ForeignKey key = new ForeignKey("line_order_fk", List.of("orderId"), ORDERS, List.of("id"),
                ReferentialAction.RESTRICT, null);
        AddForeignKey add = new AddForeignKey(LINE, key, true);
        assertThat(ChangeRenderer.render(add)).extracting(ChangeEntry::type)
                .containsExactly("addForeignKeyConstraint", "sql");
        try (Db db = ordersAndLines()) {
            db.execute("ALTER TABLE orders ADD PRIMARY KEY (id)");
            List<String> statements = db.changeSql.sql(ChangeRenderer.render(add));
            assertThat(statements.get(0)).endsWith("NOT VALID");
            assertThat(statements.get(1)).isEqualTo("ALTER TABLE sales.\"Line\" VALIDATE CONSTRAINT line_order_fk");
            db.roundTrip(add, () -> assertThat(db.constraints(LINE.sql())).containsExactly(
                    "line_order_fk: FOREIGN KEY (\"orderId\") REFERENCES orders(id) ON DELETE RESTRICT"));
        }
    }

    @Test
    void validationOfANotValidForeignKeyFailsOnOrphans() throws Exception {
        ForeignKey key = new ForeignKey("line_order_fk", List.of("orderId"), ORDERS, List.of("id"), null, null);
        try (Db db = ordersAndLines()) {
            db.execute("ALTER TABLE orders ADD PRIMARY KEY (id)", "INSERT INTO sales.\"Line\" VALUES (9, 'x', 1)");
            List<String> statements = db.changeSql.sql(ChangeRenderer.render(new AddForeignKey(LINE, key, true)));
            db.execute(statements.get(0));
            assertThat(db.constraints(LINE.sql())).containsExactly(
                    "line_order_fk: FOREIGN KEY (\"orderId\") REFERENCES orders(id) NOT VALID (not validated)");
            assertThatThrownBy(() -> db.execute(statements.get(1))).hasMessageContaining("violates foreign key");
        }
    }

    @Test
    void unnamedForeignKeyIsDroppedByItsColumns() throws Exception {
        ForeignKey key = new ForeignKey(null, List.of("orderId"), ORDERS, List.of("id"), null, null);
        try (Db db = ordersAndLines()) {
            db.execute("ALTER TABLE orders ADD PRIMARY KEY (id)",
                    "ALTER TABLE sales.\"Line\" ADD FOREIGN KEY (\"orderId\") REFERENCES orders (id)");
            db.roundTrip(new DropForeignKey(LINE, key), () -> assertThat(db.constraints(LINE.sql())).isEmpty());
        }
    }

    @Test
    void checkConstraintIsAddedAndDropped() throws Exception {
        CheckConstraint check = new CheckConstraint("Line qty positive", "qty > 0 AND region <> ''");
        try (Db db = ordersAndLines()) {
            db.roundTrip(new AddCheckConstraint(LINE, check), () -> assertThat(db.constraints(LINE.sql())).containsExactly(
                    "Line qty positive: CHECK (((qty > 0) AND (region <> ''::text)))"));
        }
    }

    @Test
    void namedCheckConstraintIsDroppedAndRestored() throws Exception {
        try (Db db = ordersAndLines()) {
            db.execute("ALTER TABLE orders ADD CONSTRAINT orders_id_check CHECK (id > 0)");
            db.roundTrip(new DropCheckConstraint(ORDERS, new CheckConstraint("orders_id_check", "id > 0")),
                    () -> assertThat(db.constraints("orders")).isEmpty());
        }
    }

    @Test
    void namedForeignKeyIsDroppedAndRestored() throws Exception {
        ForeignKey key = new ForeignKey("line_order_fk", List.of("orderId"), ORDERS, List.of("id"),
                ReferentialAction.SET_DEFAULT, ReferentialAction.RESTRICT);
        try (Db db = ordersAndLines()) {
            db.execute("ALTER TABLE orders ADD PRIMARY KEY (id)", "ALTER TABLE sales.\"Line\" ADD CONSTRAINT line_order_fk"
                    + " FOREIGN KEY (\"orderId\") REFERENCES orders (id) ON DELETE SET DEFAULT ON UPDATE RESTRICT");
            db.roundTrip(new DropForeignKey(LINE, key), () -> assertThat(db.constraints(LINE.sql())).isEmpty());
        }
    }

    @Test
    void droppingAnUnnamedCheckConstraintIsRefusedWithAReason() {
        DropCheckConstraint drop = new DropCheckConstraint(ORDERS, new CheckConstraint(null, "id > 0"));
        assertThatThrownBy(() -> ChangeRenderer.render(drop)).isInstanceOf(ChangeException.class)
                .hasMessage("cannot drop the unnamed check constraint (id > 0) on orders: PostgreSQL chose its name;"
                        + " give the constraint a name in the model");
    }
}

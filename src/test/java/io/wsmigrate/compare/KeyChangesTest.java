package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.assertRoundTrip;
import static io.wsmigrate.compare.Fixtures.check;
import static io.wsmigrate.compare.Fixtures.column;
import static io.wsmigrate.compare.Fixtures.foreignKey;
import static io.wsmigrate.compare.Fixtures.index;
import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.name;
import static io.wsmigrate.compare.Fixtures.primaryKey;
import static io.wsmigrate.compare.Fixtures.required;
import static io.wsmigrate.compare.Fixtures.schema;
import static io.wsmigrate.compare.Fixtures.table;
import static io.wsmigrate.compare.Fixtures.unique;
import static io.wsmigrate.compare.Fixtures.upgrade;
import static io.wsmigrate.compare.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.ConstraintOperation.AddCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.AddPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.AddUniqueConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.DropUniqueConstraint;
import io.wsmigrate.ops.ConstraintOperation.RenameConstraint;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.ops.IndexOperation.CreateIndex;
import io.wsmigrate.ops.IndexOperation.DropIndex;
import io.wsmigrate.ops.IndexOperation.RenameIndex;
import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyChangesTest {
    private static final QualifiedName ORDERS = name("orders");

    private static Table orders() {
        return keyed("orders", required("id", "bigint"), required("code", "varchar(20)"),
                column("status", "varchar(10)"), column("customer_id", "bigint"), column("region", "integer"));
    }

    private static Table customer() {
        return keyed("customer", required("id", "bigint"), required("region", "integer"));
    }

    @Test
    void primaryKeyNamesAreNotCompared() {
        Table hibernate = orders().withPrimaryKey(primaryKey("ordersPK", "id"));
        Table unnamed = orders().withPrimaryKey(primaryKey(null, "id"));
        assertThat(upgrade(schema(orders()), schema(hibernate))).isEmpty();
        assertThat(upgrade(schema(orders()), schema(unnamed))).isEmpty();
    }

    @Test
    void primaryKeyChangeDropsTheOldKeyAndAddsTheNewOneUnderPostgresName() {
        Table wanted = orders().withPrimaryKey(primaryKey(null, "id", "code"));
        assertThat(upgrade(schema(orders()), schema(wanted))).containsExactly(
                new DropPrimaryKey(ORDERS, orders().primaryKey()),
                new AddPrimaryKey(ORDERS, primaryKey("orders_pkey", "id", "code")));
        assertRoundTrip(schema(orders()), schema(wanted));
    }

    @Test
    void foreignKeysOnAReplacedPrimaryKeyAreDroppedAndAddedAgain() {
        ForeignKey line = foreignKey("line_order_id_fkey", "order_id", "orders", "id");
        Table lines = with(keyed("line", required("id", "bigint"), column("order_id", "bigint")), line);
        SchemaModel before = schema(orders(), lines);
        assertThat(upgrade(before, schema(orders().withPrimaryKey(primaryKey("orders_pk", "id")), lines))).isEmpty();

        Table byCode = orders().withPrimaryKey(primaryKey(null, "code"))
                .withUniqueConstraints(List.of(unique(null, "id")));
        assertThat(upgrade(before, schema(byCode, lines))).containsExactly(
                new DropForeignKey(name("line"), line),
                new DropPrimaryKey(ORDERS, orders().primaryKey()),
                new AddPrimaryKey(ORDERS, primaryKey("orders_pkey", "code")),
                new AddUniqueConstraint(ORDERS, unique("orders_id_key", "id")),
                new AddForeignKey(name("line"), line, false));
        assertRoundTrip(before, schema(byCode, lines));
    }

    @Test
    void uniqueConstraintsMatchByColumnsNotByHibernatesName() {
        Table current = orders().withUniqueConstraints(List.of(unique("orders_code_key", "code")));
        Table hibernate = orders().withUniqueConstraints(List.of(unique("ukx8f3k2m1qw0ay7ths5d9r4pe", "code")));
        assertThat(upgrade(schema(current), schema(hibernate))).isEmpty();

        Table moved = orders().withUniqueConstraints(List.of(unique(null, "code", "region")));
        assertThat(upgrade(schema(current), schema(moved))).containsExactly(
                new DropUniqueConstraint(ORDERS, unique("orders_code_key", "code")),
                new AddUniqueConstraint(ORDERS, unique("orders_code_region_key", "code", "region")));
        assertRoundTrip(schema(current), schema(moved));
    }

    @Test
    void namesTheModelChoseAreRenamesBothWays() {
        Table current = with(orders().withUniqueConstraints(List.of(unique("orders_code_key", "code")))
                .withIndexes(List.of(index("orders_status_idx", "status")))
                .withChecks(List.of(check("orders_region_check", "region > 0"))),
                foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id"));
        Table named = with(orders().withUniqueConstraints(List.of(unique("Orders_Code_Key", "code")))
                .withIndexes(List.of(index("orders_by_status", "status")))
                .withChecks(List.of(check("orders_region_positive", "region > 0"))),
                foreignKey("orders_customer_fk", "customer_id", "customer", "id"));

        MigrationPlan plan = assertRoundTrip(schema(current, customer()), schema(named, customer()));
        assertThat(plan.upgrade()).containsExactly(
                new RenameConstraint(ORDERS, "orders_code_key", "Orders_Code_Key"),
                new RenameIndex(ORDERS, "orders_status_idx", "orders_by_status"),
                new RenameConstraint(ORDERS, "orders_customer_id_fkey", "orders_customer_fk"),
                new RenameConstraint(ORDERS, "orders_region_check", "orders_region_positive"));
        assertThat(plan.downgrade()).contains(new RenameIndex(ORDERS, "orders_by_status", "orders_status_idx"));
        SchemaModel upgraded = PlanApplier.upgrade(schema(current, customer()), plan);
        assertThat(upgraded.table(ORDERS).orElseThrow().indexes()).extracting(Index::name)
                .containsExactly("orders_by_status");
        assertThat(PlanApplier.downgrade(upgraded, plan)).isEqualTo(schema(current, customer()));
    }

    @Test
    void aRenameToANameAnotherObjectHoldsIsRefused() {
        Table current = orders().withIndexes(List.of(index("a_idx", "status"), index("b_idx", "code")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanApplier.apply(schema(current),
                        List.of(new RenameIndex(ORDERS, "a_idx", "b_idx"))))
                .hasMessageContaining("the name b_idx is already taken");
    }

    @Test
    void modelUniqueConstraintMatchesADatabaseUniqueIndexOnTheSameColumns() {
        Table current = orders().withIndexes(List.of(Index.on("ux_orders_code", true, "code")));
        Table wanted = orders().withUniqueConstraints(List.of(unique(null, "code")));
        assertThat(upgrade(schema(current), schema(wanted))).isEmpty();

        Table partial = orders().withIndexes(List.of(new Index("ux_orders_code",
                List.of(IndexColumn.asc("code")), true, "status = 'A'", null)));
        assertThat(upgrade(schema(partial), schema(wanted))).extracting(o -> o.describe()).containsExactly(
                "drop index ux_orders_code on orders", "add unique constraint on orders(code)");
    }

    @Test
    void indexesMatchByColumnsDirectionUniquenessPredicateAndMethod() {
        Index byStatus = index("orders_status_idx", "status");
        Table current = orders().withIndexes(List.of(byStatus));
        assertThat(upgrade(schema(current), schema(orders().withIndexes(List.of(index("idx9ne5qmsl8tso6iv3lack9hgc5", "status"))))))
                .isEmpty();

        Index descending = new Index(null, List.of(new IndexColumn("status", true)), false, null, null);
        Index partial = new Index(null, List.of(IndexColumn.asc("status")), false, "status IS NOT NULL", null);
        Index hash = new Index(null, List.of(IndexColumn.asc("status")), false, null, "hash");
        Index uniqueIndex = Index.on(null, true, "status");
        for (Index changed : List.of(descending, partial, hash, uniqueIndex)) {
            Table wanted = orders().withIndexes(List.of(changed));
            assertThat(upgrade(schema(current), schema(wanted))).hasSize(2).first().isEqualTo(
                    new DropIndex(ORDERS, byStatus, false));
            assertRoundTrip(schema(current), schema(wanted));
        }
    }

    @Test
    void expressionIndexesCompareByCanonicalExpression() {
        Table current = orders().withIndexes(List.of(new Index("orders_lower_idx",
                List.of(new IndexColumn("lower((code)::text)", false)), false, "(status)::text = 'A'::text", null)));
        Table wanted = orders().withIndexes(List.of(new Index(null,
                List.of(new IndexColumn("LOWER(code)", false)), false, "status = 'A'", null)));
        assertThat(upgrade(schema(current), schema(wanted))).isEmpty();
    }

    @Test
    void newIndexesOnExistingTablesAreConcurrentWhenAskedButNotOnNewTables() {
        Table wanted = orders().withIndexes(List.of(index(null, "status", "region")));
        CompareOptions concurrent = CompareOptions.owningAll().withConcurrentIndexes(true);
        Table newTable = keyed("note", required("id", "bigint"), column("text", "text"))
                .withIndexes(List.of(index(null, "text")));

        CompareResult result = SchemaComparator.compare(schema(orders()), schema(wanted, newTable), concurrent);

        assertThat(result.plan().upgrade()).contains(
                new CreateIndex(ORDERS, index("orders_status_region_idx", "status", "region"), true));
        assertThat(result.differences())
                .containsExactly("create table note", "create index orders_status_region_idx on orders");
    }

    @Test
    void foreignKeyAddedToAnExistingTableCanBeNotValid() {
        Table wanted = with(orders(), foreignKey(null, "customer_id", "customer", "id"));
        CompareOptions options = CompareOptions.owningAll().withNotValidForeignKeys(true);
        assertThat(SchemaComparator.compare(schema(orders(), customer()), schema(wanted, customer()), options)
                .plan().upgrade()).containsExactly(new AddForeignKey(ORDERS,
                        foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id"), true));
        assertRoundTrip(schema(orders(), customer()), schema(wanted, customer()));
    }

    @Test
    void foreignKeyNamesHibernateHashedAreNotComparedButActionsAre() {
        ForeignKey live = foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id");
        Table current = with(orders(), live);
        assertThat(upgrade(schema(current, customer()),
                schema(with(orders(), foreignKey("fk6ahsf3p0nq2rwe8x5vxk7yl1m", "customer_id", "customer", "id")), customer()))).isEmpty();

        ForeignKey cascading = foreignKey(null, "customer_id", "customer", "id", ReferentialAction.CASCADE);
        assertThat(upgrade(schema(current, customer()), schema(with(orders(), cascading), customer()))).containsExactly(
                new DropForeignKey(ORDERS, live),
                new AddForeignKey(ORDERS, foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id",
                        ReferentialAction.CASCADE), false));
        assertRoundTrip(schema(current, customer()), schema(with(orders(), cascading), customer()));
    }

    @Test
    void compositeSelfReferencingAndCrossSchemaForeignKeysRoundTrip() {
        Table region = table("geo.region", required("country", "char(2)"), required("code", "integer"))
                .withPrimaryKey(primaryKey("region_pkey", "country", "code"));
        Table site = keyed("site", required("id", "bigint"), column("parent_id", "bigint"),
                column("country", "char(2)"), column("region", "integer"));
        ForeignKey toRegion = new ForeignKey(null, List.of("country", "region"), name("geo.region"),
                List.of("country", "code"), ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
        Table wanted = with(site, foreignKey(null, "parent_id", "site", "id"), toRegion);

        assertThat(upgrade(schema(site, region), schema(wanted, region))).containsExactly(
                new AddForeignKey(name("site"), new ForeignKey("site_country_region_fkey", toRegion.columns(),
                        toRegion.referencedTable(), toRegion.referencedColumns(), ReferentialAction.SET_NULL,
                        ReferentialAction.CASCADE), false),
                new AddForeignKey(name("site"), foreignKey("site_parent_id_fkey", "parent_id", "site", "id"), false));
        assertRoundTrip(schema(site, region), schema(wanted, region));
    }

    @Test
    void enumCheckGainingAValueIsDroppedAndAddedUnderTheSameName() {
        Table current = orders().withChecks(List.of(check("orders_status_check",
                "((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))")));
        Table same = orders().withChecks(List.of(check(null, "status in ('PAID','NEW')")));
        Table gained = orders().withChecks(List.of(check(null, "status in ('NEW','PAID','SHIPPED')")));

        assertThat(upgrade(schema(current), schema(same))).isEmpty();
        assertThat(upgrade(schema(current), schema(gained))).containsExactly(
                new DropCheckConstraint(ORDERS, current.checks().get(0)),
                new AddCheckConstraint(ORDERS, check("orders_status_check", "status in ('NEW','PAID','SHIPPED')")));
        assertRoundTrip(schema(current), schema(gained));
    }

    @Test
    void numericCheckInPostgresSpellingEqualsHibernates() {
        Table current = orders().withChecks(List.of(check("orders_region_check", "(region >= (0)::integer)")));
        assertThat(upgrade(schema(current), schema(orders().withChecks(List.of(check(null, "region>=0")))))).isEmpty();
    }

    @Test
    void droppingAColumnDropsItsIndexesAndConstraintsExplicitlySoTheDowngradeRestoresThem() {
        Table current = orders().withIndexes(List.of(index("orders_status_idx", "status")))
                .withChecks(List.of(check("orders_status_check", "status <> ''")))
                .withUniqueConstraints(List.of(unique("orders_status_region_key", "status", "region")));
        Table wanted = keyed("orders", required("id", "bigint"), required("code", "varchar(20)"),
                column("customer_id", "bigint"), column("region", "integer"));
        assertThat(upgrade(schema(current), schema(wanted))).extracting(o -> o.describe()).containsExactly(
                "drop check constraint orders_status_check on orders",
                "drop index orders_status_idx on orders",
                "drop unique constraint orders_status_region_key on orders",
                "drop column orders.status");
        assertRoundTrip(schema(current), schema(wanted));
    }
}

package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreateDdlTest {
    private EntityModel shop;
    private EntityModel edge;

    @BeforeAll
    void load() {
        shop = Fixtures.shop(Map.of());
        edge = EntityModelLoader.load(Fixtures.source(Fixtures.EDGE, false));
    }

    @AfterAll
    void close() {
        shop.close();
        edge.close();
    }

    @Test
    void ddlForOneEntityHasItsSequenceTableCommentsAndIndexesButNotOtherTablesForeignKeys() {
        assertThat(shop.createDdl(Set.of("Product"))).containsExactly(
                "create sequence product_seq start with 100 increment by 50",
                "create table product (price numeric(12,2), stock integer default 0 not null,"
                        + " created_at timestamp(6) with time zone not null, id bigint not null,"
                        + " updated_at timestamp(6) with time zone, external_id uuid not null,"
                        + " status varchar(20) not null check ((status in ('DRAFT','ACTIVE','RETIRED'))),"
                        + " sku varchar(40) not null, code varchar(10) default 'x' not null, name varchar(255) not null,"
                        + " attributes jsonb, description oid, ratings integer array, tags varchar(255) array,"
                        + " primary key (id), constraint product_sku_uk unique (sku), constraint product_code_idx unique (code),"
                        + " constraint product_price_positive check (price >= 0))",
                "comment on table product is 'Things we sell'",
                "comment on column product.name is 'Display name'",
                "create index product_name_idx on product (name, price desc)");
    }

    @Test
    void ddlForAnEntityWithForeignKeysAddsThemAfterItsTable() {
        assertThat(shop.createDdl(Set.of("OrderLine"))).containsExactly(
                "create table order_line (line_no integer not null, quantity integer not null, order_id bigint not null,"
                        + " product_id bigint not null, primary key (line_no, order_id))",
                "alter table if exists order_line add constraint FKkfx57nvwbbfh2ygrm3qpkr6cj foreign key (order_id) references \"order\"",
                "alter table if exists order_line add constraint FKpf904tci8garypkvm32cqupye foreign key (product_id) references product");
    }

    @Test
    void tablesCanBeNamedByQualifiedNameAndEntitiesByClassName() {
        List<String> byTable = shop.createDdl(Set.of("audit.audit_entry"));
        List<String> byClass = shop.createDdl(Set.of(Fixtures.AUDIT + ".AuditEntry"));

        assertThat(byTable).hasSize(2).first().asString().startsWith("create table audit.audit_entry (");
        assertThat(byClass).isEqualTo(byTable);
    }

    @Test
    void anEntityBringsItsSecondaryCollectionAndJoinTablesAndItsGeneratorTable() {
        List<String> ddl = edge.createDdl(Set.of("Animal"));

        assertThat(ddl).filteredOn(sql -> sql.startsWith("create table")).extracting(sql -> sql.split(" ")[2])
                .containsExactlyInAnyOrder("Animal", "animal_detail", "Animal_nicknames", "Animal_parent", "id_blocks");
        assertThat(ddl).contains("insert into id_blocks(sequence_name, next_val) values ('animal',0)");
    }

    @Test
    void aJoinedSubclassBringsTheTablesOfItsSuperclassToo() {
        List<String> ddl = edge.createDdl(Set.of("Dog"));

        assertThat(ddl).filteredOn(sql -> sql.startsWith("create table")).extracting(sql -> sql.split(" ")[2])
                .containsExactlyInAnyOrder("Dog", "Animal", "animal_detail", "Animal_nicknames", "Animal_parent", "id_blocks");
    }

    @Test
    void anEmptySelectionMeansEveryTableAndSequence() {
        List<String> ddl = shop.createDdl(Set.of());

        assertThat(ddl).filteredOn(sql -> sql.startsWith("create table")).hasSize(6);
        assertThat(ddl).filteredOn(sql -> sql.startsWith("create sequence")).hasSize(1);
        assertThat(ddl).filteredOn(sql -> sql.contains(" foreign key ")).hasSize(6);
    }

    @Test
    void anApostropheInACommentIsEscapedAlthoughHibernateDoesNot() {
        assertThat(edge.createDdl(Set.of("Parent"))).contains("comment on column parent.label is 'Owner''s label'");
        assertThat(CommentLiterals.repair("comment on table t is 'it''s fine'")).isEqualTo("comment on table t is 'it''s fine'");
        assertThat(CommentLiterals.repair("comment on table t is 'Bob's'")).isEqualTo("comment on table t is 'Bob''s'");
    }

    @Test
    void anUnknownNameIsAUsageErrorListingTheEntities() {
        assertThatThrownBy(() -> shop.createDdl(Set.of("Invoice")))
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage("'Invoice' is neither an entity, a table nor a sequence of the entity model;"
                        + " known entities: AuditEntry, Customer, Order, OrderLine, Product, Shipment");
    }
}

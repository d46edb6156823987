package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.ColumnNumbering;
import io.wsmigrate.ops.ColumnOperation;
import io.wsmigrate.ops.ConstraintOperation;
import io.wsmigrate.ops.DistributionOperation;
import io.wsmigrate.ops.EnumTypeOperation;
import io.wsmigrate.ops.ForeignKeyOperation;
import io.wsmigrate.ops.IndexOperation;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.SequenceOperation;
import io.wsmigrate.ops.TableOperation;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeRendererTest {
    static final QualifiedName T = QualifiedName.of("offer");
    static final ColumnType INT = ColumnType.parse("integer");

    /** One operation of every kind, and of its reverse. */
    static List<Operation> oneOfEach() {
        ForeignKey fk = new ForeignKey("offer_seller_fk", List.of("seller"), QualifiedName.of("seller"), List.of("id"),
                null, null);
        Sequence seq = new Sequence(QualifiedName.of("s"), 1, 50);
        EnumType mood = new EnumType(QualifiedName.of("mood"), List.of("SAD"), List.of("character varying"));
        return List.of(
                new TableOperation.CreateTable(TableOperationsTest.offer()),
                new DistributionOperation.SetDistribution(T, Distribution.LOCAL,
                        Distribution.distributed("tenant_id", "tenants"), List.of(), false),
                new DistributionOperation.RestoreComments(T, "c", Map.of("a", "d"), true),
                new TableOperation.RenameTable(T, QualifiedName.of("offers")),
                new TableOperation.SetTableComment(T, null, "c"),
                new ColumnOperation.AddColumn(T, Column.of("a", "int", true)),
                new ColumnOperation.RenameColumn(T, "a", "b"),
                new ColumnOperation.AlterColumnType(T, "a", INT, ColumnType.parse("bigint"), null),
                new ColumnOperation.AlterColumnCollation(T, "b", ColumnType.parse("text"), null, "C"),
                new ColumnOperation.AlterColumnNullability(T, "a", INT, false),
                new ColumnOperation.AlterColumnDefault(T, "a", INT, null, "1"),
                new ColumnOperation.AlterColumnIdentity(T, "a", Identity.NONE, Identity.ALWAYS),
                new ColumnNumbering.SerialToIdentity(T, "a", INT, QualifiedName.of("offer_a_seq"),
                        "nextval('offer_a_seq'::regclass)", Identity.BY_DEFAULT),
                new ColumnNumbering.SerialToPlain(T, "a", INT, QualifiedName.of("offer_a_seq"),
                        "nextval('offer_a_seq'::regclass)", QualifiedName.of("offer_seq")),
                new ColumnOperation.SetColumnComment(T, "a", null, "c"),
                new ConstraintOperation.AddPrimaryKey(T, new PrimaryKey("offer_pk", List.of("id"))),
                new ConstraintOperation.AddUniqueConstraint(T, new UniqueConstraint("u", List.of("a"))),
                new IndexOperation.CreateIndex(T, Index.on("i", false, "a"), false),
                new ForeignKeyOperation.AddForeignKey(T, fk, false),
                new ConstraintOperation.AddCheckConstraint(T, new CheckConstraint("ck", "a > 0")),
                new IndexOperation.RenameIndex(T, "i", "Offer_Idx"),
                new ConstraintOperation.RenameConstraint(T, "ck", "offer_positive_ck"),
                new ForeignKeyOperation.AlterForeignKeyDeferral(T, "offer_seller_fk", null, Deferral.DEFERRED),
                new ConstraintOperation.AddUniqueConstraint(T, new UniqueConstraint("d", List.of("a"), Deferral.IMMEDIATE)),
                new ConstraintOperation.AddPrimaryKey(T, new PrimaryKey("offer_dpk", List.of("id"), Deferral.DEFERRED)),
                new ForeignKeyOperation.AddForeignKey(T, fk.withDeferral(Deferral.DEFERRED), false),
                new SequenceOperation.CreateSequence(seq),
                new SequenceOperation.AlterSequence(seq, new Sequence(seq.name(), 1, 10)),
                new EnumTypeOperation.CreateEnumType(mood),
                new EnumTypeOperation.AlterEnumValues(mood, new EnumType(mood.name(), List.of("SAD", "HAPPY")),
                        List.of(new EnumTypeOperation.EnumColumn(T, "mood", mood.columnType(), null))));
    }

    @Test
    void everyOperationTypeAndItsReverseRendersToChangesThatLiquibaseTurnsIntoSql() {
        Set<Class<?>> covered = new HashSet<>();
        ChangeSql changeSql = new ChangeSql();
        for (Operation op : oneOfEach()) {
            for (Operation each : List.of(op, op.reverse())) {
                covered.add(each.getClass());
                List<ChangeEntry> entries = ChangeRenderer.render(each);
                if (each instanceof DistributionOperation.RestoreComments restore && !restore.runs()) {
                    // re-sets what a Citus step dropped in the other direction only: nothing to run here
                    assertThat(entries).as(each.describe()).isEmpty();
                    continue;
                }
                assertThat(entries).as(each.describe()).isNotEmpty();
                assertThat(changeSql.sql(entries)).as(each.describe()).isNotEmpty();
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(operationTypes());
    }

    /** Every record that implements {@link Operation}, found through the sealed hierarchy. */
    private static Set<Class<?>> operationTypes() {
        Set<Class<?>> records = new HashSet<>();
        Deque<Class<?>> open = new ArrayDeque<>(List.of(Operation.class));
        while (!open.isEmpty()) {
            Class<?> type = open.pop();
            if (type.isRecord()) {
                records.add(type);
            } else {
                open.addAll(List.of(type.getPermittedSubclasses()));
            }
        }
        return records;
    }

    @Test
    void createTableReadsAsAPersonWouldWriteIt() {
        assertThat(ChangeYaml.dump(ChangeRenderer.render(new TableOperation.CreateTable(TableOperationsTest.offer()))))
                .isEqualTo("""
                          - createTable:
                              tableName: offer
                              remarks: offers for sale
                              columns:
                                - column:
                                    name: id
                                    type: bigint
                                    autoIncrement: true
                                    generationType: ALWAYS
                                    remarks: the key
                                    constraints:
                                      primaryKey: true
                                      primaryKeyName: offer_pk
                                      nullable: false
                                - column:
                                    name: title
                                    type: character varying(200)
                                    remarks: it's "the" title \\ here
                                    constraints:
                                      nullable: false
                                - column:
                                    name: price
                                    type: numeric(10,2)
                                    defaultValueComputed: '0'
                                - column:
                                    name: created
                                    type: timestamp with time zone
                                    defaultValueComputed: CURRENT_TIMESTAMP
                                    constraints:
                                      nullable: false
                                - column:
                                    name: tags
                                    type: character varying(20)[]
                                    defaultValueComputed: '''{}''::character varying[]'
                                - column:
                                    name: seller
                                    type: integer
                                - column:
                                    name: body
                                    type: jsonb
                          - addUniqueConstraint:
                              tableName: offer
                              columnNames: title, seller
                              constraintName: offer_title_seller_key
                          - sql:
                              sql: ALTER TABLE offer ADD CONSTRAINT offer_price_check CHECK (price >= 0)
                          - createIndex:
                              tableName: offer
                              indexName: offer_created_idx
                              columns:
                                - column:
                                    name: created
                                    descending: true
                                - column:
                                    name: id
                          - sql:
                              sql: CREATE INDEX offer_cheap_idx ON offer (price) WHERE price < 10
                          - sql:
                              sql: CREATE UNIQUE INDEX offer_lower_title_idx ON offer (lower((title)::text))
                          - sql:
                              sql: CREATE INDEX offer_body_idx ON offer USING gin (body)
                        """);
    }

    @Test
    void foreignKeyInAnotherSchemaNamesBothSchemas() {
        ForeignKey fk = new ForeignKey("line_order_fk", List.of("order_id"), new QualifiedName("sales", "orders"),
                List.of("id"), io.wsmigrate.schema.ReferentialAction.SET_NULL, null);
        assertThat(ChangeYaml.dump(ChangeRenderer.render(new ForeignKeyOperation.AddForeignKey(
                new QualifiedName("billing", "line"), fk, false)))).isEqualTo("""
                  - addForeignKeyConstraint:
                      baseTableSchemaName: billing
                      baseTableName: line
                      constraintName: line_order_fk
                      baseColumnNames: order_id
                      referencedTableSchemaName: sales
                      referencedTableName: orders
                      referencedColumnNames: id
                      onDelete: SET NULL
                """);
    }

    @Test
    void operationsWithoutEffectRenderNothing() {
        Sequence seq = new Sequence(QualifiedName.of("s"), 1, 50);
        EnumType mood = new EnumType(QualifiedName.of("mood"), List.of("SAD"), List.of("character varying"));
        assertThat(ChangeRenderer.render(List.of(
                new SequenceOperation.AlterSequence(seq, new Sequence(seq.name(), 1, 50)),
                new ColumnOperation.AlterColumnIdentity(T, "id", Identity.ALWAYS, Identity.ALWAYS)))).isEmpty();
    }
}

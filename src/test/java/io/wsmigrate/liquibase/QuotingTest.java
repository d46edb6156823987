package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.SetColumnComment;
import io.wsmigrate.ops.ConstraintOperation.AddUniqueConstraint;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.IndexOperation.CreateIndex;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names reach PostgreSQL exactly: plain ones unquoted, everything else quoted. */
class QuotingTest {
    private static final List<String> AWKWARD = List.of("user", "order", "MixedCase", "we\"ird", "ABC", "system_user",
            "has space", "1st", "café", "a,b", "f(x)", " padded ");

    @Test
    void plainLowerCaseNamesStayUnquoted() {
        Table table = Table.of(QualifiedName.of("offer"), List.of(Column.of("title", "text", true)));
        assertThat(new ChangeSql().sql(ChangeRenderer.render(new CreateTable(table))))
                .containsExactly("CREATE TABLE offer (title TEXT)");
    }

    @Test
    void reservedAndMixedCaseNamesAreQuoted() {
        Table table = Table.of(QualifiedName.of("user"),
                List.of(Column.of("order", "int", true), Column.of("MixedCase", "int", true), Column.of("we\"ird", "int", true)));
        assertThat(new ChangeSql().sql(ChangeRenderer.render(new CreateTable(table))))
                .containsExactly("CREATE TABLE \"user\" (\"order\" INTEGER, \"MixedCase\" INTEGER, \"we\"\"ird\" INTEGER)");
    }

    /**
     * Index keys with a parenthesis are expressions (that is how PostgreSQL reports them), so a
     * column named {@code f(x)} can be in every change but an index.
     */
    @Test
    void awkwardNamesSurviveEveryKindOfChange() throws Exception {
        for (String name : AWKWARD) {
            boolean indexable = !name.contains("(");
            QualifiedName table = new QualifiedName(name, name);
            QualifiedName parent = QualifiedName.of(name);
            try (Db db = Db.fresh()) {
                db.execute("CREATE SCHEMA " + io.wsmigrate.schema.Identifiers.quote(name));
                db.apply(new CreateTable(Table.of(parent, List.of(Column.of(name, "int", false)))
                        .withPrimaryKey(new PrimaryKey(name + "_pk", List.of(name)))));
                db.apply(new CreateTable(Table.of(table, List.of(Column.of(name, "int", true)))
                        .withIndexes(indexable ? List.of(Index.on(name + "_ix", false, name)) : List.of())
                        .withComment(name)));
                db.apply(new AddColumn(table, Column.of(name + "2", "int", true).withComment(name)));
                db.apply(new AddUniqueConstraint(table, new UniqueConstraint(name + "_u", List.of(name, name + "2"))));
                db.apply(new AddForeignKey(table, new ForeignKey(name + "_fk", List.of(name), parent, List.of(name),
                        null, null), false));
                db.apply(new SetColumnComment(table, name, null, name));
                if (indexable) {
                    db.apply(new CreateIndex(table, Index.on(name + "_i", true, name + "2", name), false));
                }
                assertThat(db.columns(table.sql())).as(name)
                        .containsExactly(name + " integer comment " + name, name + "2 integer comment " + name);
                assertThat(db.indexes(table.sql())).as(name).hasSize(indexable ? 3 : 1);
                assertThat(db.constraints(table.sql())).as(name).hasSize(2);
                assertThat(db.tableComment(table.sql())).isEqualTo(name);
            }
        }
    }

    @Test
    void everyKeywordPostgresReservesWorksAsATableAndColumnName() throws Exception {
        try (Db db = Db.fresh()) {
            List<String> keywords = db.column("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T') ORDER BY 1");
            // system_user became a key word in PostgreSQL 16; the embedded server may be older
            assertThat(keywords).contains("user", "order", "concurrently");
            for (String keyword : keywords) {
                db.apply(new CreateTable(Table.of(QualifiedName.of(keyword), List.of(Column.of(keyword, "int", true)))));
                assertThat(db.column("SELECT attname FROM pg_attribute WHERE attrelid = "
                        + io.wsmigrate.schema.Identifiers.literal(QualifiedName.of(keyword).sql()) + "::regclass AND attnum > 0"))
                        .containsExactly(keyword);
            }
        }
    }
}

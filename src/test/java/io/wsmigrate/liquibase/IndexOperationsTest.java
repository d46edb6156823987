package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.IndexOperation.CreateIndex;
import io.wsmigrate.ops.IndexOperation.DropIndex;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.QualifiedName;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexOperationsTest {
    static final QualifiedName DOC = new QualifiedName("lib", "Doc");

    private static Db docs() throws SQLException {
        Db db = Db.fresh();
        db.execute("CREATE SCHEMA lib",
                "CREATE TABLE lib.\"Doc\" (id int, \"Title\" text, body jsonb, a int, b int, \"order\" int)");
        return db;
    }

    private static void assertIndexRoundTrip(Index index, boolean concurrently, String expectedDefinition)
            throws SQLException {
        try (Db db = docs()) {
            db.roundTrip(new CreateIndex(DOC, index, concurrently),
                    () -> assertThat(db.indexes(DOC.sql())).containsExactly(expectedDefinition));
        }
    }

    @Test
    void plainIndexIsLiquibaseCreateIndex() throws Exception {
        Index index = new Index("doc_title_idx", List.of(new IndexColumn("Title", true), IndexColumn.asc("order")),
                true, null, null);
        assertThat(ChangeRenderer.render(new CreateIndex(DOC, index, false))).extracting(ChangeEntry::type)
                .containsExactly("createIndex");
        assertThat(ChangeRenderer.render(new DropIndex(DOC, index, false))).extracting(ChangeEntry::type)
                .containsExactly("dropIndex");
        assertIndexRoundTrip(index, false,
                "CREATE UNIQUE INDEX doc_title_idx ON lib.\"Doc\" USING btree (\"Title\" DESC, \"order\")");
    }

    @Test
    void dropIndexAndItsReverseRestoreTheIndex() throws Exception {
        Index index = new Index("doc_a_idx", List.of(IndexColumn.asc("a")), false, "a > 0", "hash");
        try (Db db = docs()) {
            db.apply(new CreateIndex(DOC, index, false));
            db.roundTrip(new DropIndex(DOC, index, false), () -> assertThat(db.indexes(DOC.sql())).isEmpty());
        }
    }

    @Test
    void partialIndex() throws Exception {
        assertIndexRoundTrip(new Index("doc_a_idx", List.of(IndexColumn.asc("a")), false, "b IS NOT NULL", null), false,
                "CREATE INDEX doc_a_idx ON lib.\"Doc\" USING btree (a) WHERE (b IS NOT NULL)");
    }

    @Test
    void ginIndex() throws Exception {
        assertIndexRoundTrip(new Index("doc_body_idx", List.of(IndexColumn.asc("body")), false, null, "gin"), false,
                "CREATE INDEX doc_body_idx ON lib.\"Doc\" USING gin (body)");
    }

    @Test
    void expressionKeysWithAndWithoutFunctionCalls() throws Exception {
        Index index = new Index("doc_expr_idx", List.of(new IndexColumn("lower(\"Title\")", false),
                new IndexColumn("(a + b)", true), new IndexColumn("coalesce(a, 0) * 2", false)), false, null, null);
        assertIndexRoundTrip(index, false, "CREATE INDEX doc_expr_idx ON lib.\"Doc\" USING btree"
                + " (lower(\"Title\"), ((a + b)) DESC, ((COALESCE(a, 0) * 2)))");
    }

    @Test
    void concurrentIndexIsSqlThatCannotRunInATransaction() throws Exception {
        Index index = new Index("doc_a_idx", List.of(IndexColumn.asc("a")), false, null, null);
        List<ChangeEntry> create = ChangeRenderer.render(new CreateIndex(DOC, index, true));
        List<ChangeEntry> drop = ChangeRenderer.render(new DropIndex(DOC, index, true));
        ChangeSql changeSql = new ChangeSql();
        assertThat(changeSql.sql(create)).containsExactly("CREATE INDEX CONCURRENTLY doc_a_idx ON lib.\"Doc\" (a)");
        assertThat(changeSql.sql(drop)).containsExactly("DROP INDEX CONCURRENTLY lib.doc_a_idx");
        assertThat(changeSql.requiresNoTransaction(create.get(0))).isTrue();
        assertThat(changeSql.requiresNoTransaction(drop.get(0))).isTrue();
        assertIndexRoundTrip(index, true, "CREATE INDEX doc_a_idx ON lib.\"Doc\" USING btree (a)");
    }

    @Test
    void plainIndexCanRunInATransaction() {
        Index index = new Index("doc_a_idx", List.of(IndexColumn.asc("a")), false, null, null);
        ChangeEntry create = ChangeRenderer.render(new CreateIndex(DOC, index, false)).get(0);
        assertThat(new ChangeSql().requiresNoTransaction(create)).isFalse();
    }
}

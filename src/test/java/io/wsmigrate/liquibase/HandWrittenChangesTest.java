package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquibase change types a person writes by hand, beyond what autogenerate renders. */
class HandWrittenChangesTest {

    private static Db shop() throws Exception {
        Db db = Db.fresh();
        db.execute("CREATE TABLE product (id int PRIMARY KEY, name text, price numeric(8,2), active boolean,"
                + " added date, kind text, first_name text, last_name text)");
        return db;
    }

    @Test
    void insertUpdateAndDeleteRows() throws Exception {
        try (Db db = shop()) {
            db.apply(ChangeYaml.parse("""
                    - insert:
                        tableName: product
                        columns:
                          - column: {name: id, valueNumeric: 1}
                          - column: {name: name, value: "it's new"}
                          - column: {name: price, valueNumeric: 9.5}
                          - column: {name: active, valueBoolean: true}
                          - column: {name: added, valueDate: 2024-01-31}
                    - insert:
                        tableName: product
                        columns:
                          - column: {name: id, valueNumeric: 2}
                          - column: {name: name, valueComputed: "upper('old')"}
                    - update:
                        tableName: product
                        columns: [{column: {name: price, valueNumeric: 10}}]
                        where: "id = 1"
                    - delete: {tableName: product, where: "id = 2"}
                    """));
            assertThat(db.rows("SELECT id, name, price, active, added FROM product"))
                    .containsExactly(List.of("1", "it's new", "10.00", "t", "2024-01-31"));
        }
    }

    @Test
    void viewsAreCreatedRenamedAndDropped() throws Exception {
        try (Db db = shop()) {
            db.apply(ChangeYaml.parse("""
                    - createView: {viewName: cheap, selectQuery: "SELECT * FROM product WHERE price < 5"}
                    - renameView: {oldViewName: cheap, newViewName: Bargains}
                    """));
            assertThat(db.value("SELECT count(*) FROM \"Bargains\"")).isEqualTo("0");
            db.apply(ChangeYaml.parse("- dropView: {viewName: Bargains}"));
            assertThat(db.value("SELECT to_regclass('\"Bargains\"')")).isNull();
        }
    }

    @Test
    void lookupTableAndMergedColumns() throws Exception {
        try (Db db = shop()) {
            db.execute("INSERT INTO product (id, kind, first_name, last_name) VALUES (1, 'book', 'Ada', 'L'), (2, 'pen', 'B', 'C')");
            db.apply(ChangeYaml.parse("""
                    - addLookupTable:
                        existingTableName: product
                        existingColumnName: kind
                        newTableName: kind
                        newColumnName: code
                        newColumnDataType: varchar(20)
                        constraintName: product_kind_fk
                    - mergeColumns:
                        tableName: product
                        column1Name: first_name
                        joinString: " "
                        column2Name: last_name
                        finalColumnName: full_name
                        finalColumnType: text
                    """));
            assertThat(db.column("SELECT code FROM kind ORDER BY 1")).containsExactly("book", "pen");
            assertThat(db.constraints("product")).contains("product_kind_fk: FOREIGN KEY (kind) REFERENCES kind(code)");
            assertThat(db.column("SELECT full_name FROM product ORDER BY id")).containsExactly("Ada L", "B C");
        }
    }

    @Test
    void sequenceRenameAndAutoIncrement() throws Exception {
        try (Db db = shop()) {
            db.execute("CREATE SEQUENCE old_seq", "CREATE TABLE counter (n bigint)");
            db.apply(ChangeYaml.parse("""
                    - renameSequence: {oldSequenceName: old_seq, newSequenceName: new_seq}
                    - addAutoIncrement: {tableName: counter, columnName: n, columnDataType: bigint}
                    """));
            assertThat(db.value("SELECT to_regclass('new_seq')")).isEqualTo("new_seq");
            db.execute("INSERT INTO counter DEFAULT VALUES");
            assertThat(db.value("SELECT n FROM counter")).isEqualTo("1");
        }
    }

    /** A sequence's next and current values name it as a literal: quotes and an apostrophe in its name survive. */
    @Test
    void sequenceValuesNameAnySequence() throws Exception {
        try (Db db = shop()) {
            db.execute("CREATE TABLE \"Counter\" (n bigint, copy bigint)", "CREATE SEQUENCE \"Joe's Seq\"");
            db.apply(ChangeYaml.parse("""
                    - addAutoIncrement: {tableName: Counter, columnName: n, columnDataType: bigint}
                    - insert:
                        tableName: Counter
                        columns:
                          - {column: {name: n, valueSequenceNext: "Joe's Seq"}}
                          - {column: {name: copy, valueSequenceCurrent: "Joe's Seq"}}
                    """));
            db.execute("INSERT INTO \"Counter\" DEFAULT VALUES");
            assertThat(db.rows("SELECT n, copy FROM \"Counter\" ORDER BY copy NULLS LAST"))
                    .containsExactly(List.of("1", "1"), java.util.Arrays.asList("1", null));
            assertThat(db.columns("\"Counter\""))
                    .contains("n bigint not null default nextval('\"Counter_n_seq\"'::regclass)");
        }
    }

    /** Without its name, Liquibase looks the key up in schema "null" (offline): ws-migrate finds it itself. */
    @Test
    void dropPrimaryKeyWithoutItsName() throws Exception {
        try (Db db = shop()) {
            db.execute("CREATE SCHEMA \"Sales\"",
                    "CREATE TABLE \"Sales\".\"Line\" (id int CONSTRAINT \"Line's \"\"key\"\"\" PRIMARY KEY)");
            db.apply(ChangeYaml.parse("""
                    - dropPrimaryKey: {tableName: product}
                    - dropPrimaryKey: {schemaName: Sales, tableName: Line}
                    """));
            assertThat(db.constraints("product")).isEmpty();
            assertThat(db.constraints("\"Sales\".\"Line\"")).isEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.apply(ChangeYaml.parse(
                    "- dropPrimaryKey: {tableName: product}"))).hasMessageContaining("no primary key on product");
        }
    }

    /** An upsert per row, keyed by the columns named, spaces after the commas allowed. */
    @Test
    void loadUpdateDataUpdatesOrInsertsByAKeyOfTwoColumns(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("labels.csv"), "code,lang,label\nbook,en,Books\nbook,fi,Kirjat\n");
        try (Db db = shop()) {
            db.execute("CREATE TABLE label (code text, lang text, label text, PRIMARY KEY (code, lang))",
                    "INSERT INTO label VALUES ('book', 'en', 'Old'), ('pen', 'en', 'Pens')");
            db.execute(new ChangeSql(folder).sql(ChangeYaml.parse(
                    "- loadUpdateData: {tableName: label, file: labels.csv, primaryKey: 'code, lang'}"))
                    .toArray(String[]::new));
            assertThat(db.rows("SELECT code, lang, label FROM label ORDER BY 1, 2")).containsExactly(
                    List.of("book", "en", "Books"), List.of("book", "fi", "Kirjat"), List.of("pen", "en", "Pens"));
        }
    }

    /**
     * The key is compared by its type's own equality, here citext's, which ignores case: pg_catalog's
     * {@code =} would compare it as text, miss the row and insert a duplicate key.
     */
    @Test
    void loadUpdateDataComparesTheKeyByItsTypesOwnEquality(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("kinds.csv"), "code,label\nBook,Books\n");
        try (Db db = shop()) {
            db.execute("CREATE EXTENSION citext", "CREATE TABLE kind (code citext PRIMARY KEY, label text)",
                    "INSERT INTO kind VALUES ('book', 'Old')");
            db.execute(new ChangeSql(folder).sql(ChangeYaml.parse(
                    "- loadUpdateData: {tableName: kind, file: kinds.csv, primaryKey: code}")).toArray(String[]::new));
            assertThat(db.rows("SELECT code, label FROM kind")).containsExactly(List.of("book", "Books"));
        }
    }

    /**
     * Liquibase wraps each row's upsert in {@code DO $$ ... $$}: a value holding {@code $$} ended the
     * block early and the statement failed.
     */
    @Test
    void loadUpdateDataTakesValuesThatHoldDollarQuotes(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("kinds.csv"),
                "code,label\nbook,\"costs $$ or $ws$\"\npen,\"x$$; DROP TABLE product; DO $$ BEGIN END\"\n");
        try (Db db = shop()) {
            db.execute("CREATE TABLE kind (code text PRIMARY KEY, label text)", "INSERT INTO kind VALUES ('book', 'Old')");
            db.execute(new ChangeSql(folder).sql(ChangeYaml.parse(
                    "- loadUpdateData: {tableName: kind, file: kinds.csv, primaryKey: code}")).toArray(String[]::new));
            assertThat(db.rows("SELECT code, label FROM kind ORDER BY code")).containsExactly(
                    List.of("book", "costs $$ or $ws$"), List.of("pen", "x$$; DROP TABLE product; DO $$ BEGIN END"));
            assertThat(db.value("SELECT to_regclass('product')")).isEqualTo("product");
        }
    }

    @Test
    void loadDataReadsACsvFromTheScriptsFolder(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data/products.csv"), "id,name,price\n1,apple,1.5\n2,\"pear, green\",2\n");
        List<String> statements = new ChangeSql(folder).sql(ChangeYaml.parse("""
                - loadData:
                    tableName: product
                    file: data/products.csv
                    columns: [{column: {name: price, type: numeric}}]
                """));
        try (Db db = shop()) {
            db.execute(statements.toArray(String[]::new));
            assertThat(db.rows("SELECT id, name, price FROM product ORDER BY id"))
                    .containsExactly(List.of("1", "apple", "1.50"), List.of("2", "pear, green", "2.00"));
        }
    }

    @Test
    void sqlFileIsReadFromTheScriptsFolder(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("sql"));
        Files.writeString(folder.resolve("sql/prices.sql"), """
                -- a function with semicolons in its body
                CREATE FUNCTION cheap(p numeric) RETURNS boolean AS $$
                BEGIN
                  RETURN p < 5;
                END;
                $$ LANGUAGE plpgsql;
                SELECT cheap(1);
                """);
        ChangeSql changeSql = new ChangeSql(folder);
        List<String> statements = changeSql.sql(ChangeYaml.parse("- sqlFile: {path: sql/prices.sql}"));
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).isEqualTo("SELECT cheap(1)");
        try (Db db = shop()) {
            db.execute(statements.toArray(String[]::new));
            assertThat(db.value("SELECT cheap(9)")).isEqualTo("f");
        }
    }
}

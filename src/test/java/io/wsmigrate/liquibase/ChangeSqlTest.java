package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSqlTest {
    private final ChangeSql changeSql = new ChangeSql();

    private List<String> sql(String yaml) {
        return changeSql.sql(ChangeYaml.parse(yaml));
    }

    @Test
    void unknownChangeTypeNamesTheTypeAndSuggestsTheNearestOne() {
        assertThatThrownBy(() -> changeSql.sql(ChangeEntry.of("createTabel", Map.of("tableName", "t"))))
                .isInstanceOf(ChangeException.class)
                .hasMessage("unknown change type 'createTabel' (did you mean 'createTable'?); see the Liquibase change"
                        + " types at https://docs.liquibase.com/change-types/home.html")
                .satisfies(e -> assertThat(((ChangeException) e).exitCode()).isEqualTo(ExitCode.REVISION));
        assertThatThrownBy(() -> changeSql.sql(ChangeEntry.of("foo", Map.of())))
                .hasMessage("unknown change type 'foo'; see the Liquibase change types at"
                        + " https://docs.liquibase.com/change-types/home.html");
    }

    @Test
    void missingRequiredAttributeIsLiquibasesValidationError() {
        assertThatThrownBy(() -> sql("- createTable: {columns: [{column: {name: a, type: int}}]}"))
                .isInstanceOf(ChangeException.class)
                .hasMessageStartingWith("change 1 (createTable): invalid createTable change: tableName is required");
        assertThatThrownBy(() -> sql("- dropColumn: {tableName: t}"))
                .hasMessageContaining("invalid dropColumn change");
    }

    @Test
    void misspeltAttributesAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> sql("- createTable: {tableName: t, colums: [{column: {name: a, type: int}}]}"))
                .hasMessageContaining("unknown attribute 'colums' in createTable; Liquibase reads only ")
                .hasMessageContaining("columns");
        assertThatThrownBy(() -> sql("- createTable: {tableName: t, columns: [{column: {name: a, type: int,"
                + " constraints: {nulable: false}}}]}"))
                .hasMessageContaining("unknown attribute 'nulable' in createTable.columns[0].column.constraints;");
        assertThatThrownBy(() -> sql("- addColumn: {tableName: t, columns: [{column: {name: a, typ: int}}]}"))
                .hasMessage("change 1 (addColumn): cannot read the addColumn change: Unexpected node: typ");
    }

    @Test
    void wrongValueTypeIsAReadError() {
        assertThatThrownBy(() -> sql("- createSequence: {sequenceName: s, startValue: [1, 2]}"))
                .isInstanceOf(ChangeException.class).hasMessageContaining("createSequence");
    }

    @Test
    void changesThatAreNotSqlForOurConnectionAreRefused() {
        assertThatThrownBy(() -> sql("- executeCommand: {executable: /bin/true}"))
                .hasMessageContaining("the executeCommand change runs a program");
        assertThatThrownBy(() -> sql("- tagDatabase: {tag: v1}"))
                .hasMessageContaining("the tagDatabase change tags Liquibase's DATABASECHANGELOG table");
        assertThatThrownBy(() -> sql("- output: {message: hello}"))
                .hasMessageContaining("the output change prints while SQL is generated");
    }

    @Test
    void changesWithoutStatementsProduceNothingAndStopStops() {
        assertThat(sql("- empty: {}")).isEmpty();
        assertThatThrownBy(() -> sql("- stop: {message: halt here}"))
                .hasMessage("change 1 (stop): the stop change cannot be turned into SQL: halt here");
    }

    @Test
    void changesForOtherDatabasesProduceNothing() {
        assertThat(sql("""
                - sql: {dbms: oracle, sql: "SELECT 1 FROM dual"}
                - sql: {dbms: "postgresql, h2", sql: "SELECT 2"}
                - sql: {dbms: "!postgresql", sql: "SELECT 3"}
                """)).containsExactly("SELECT 2");
    }

    @Test
    void sqlIsSplitLikePsqlDoes() {
        assertThat(sql("""
                - sql:
                    sql: |
                      CREATE TABLE t (a text);
                      -- a comment; with a semicolon
                      INSERT INTO t VALUES ('x;y'), (E'\\';z');
                      CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;
                      CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
                      DO $body$ BEGIN PERFORM 1; END $body$;
                      /* only a comment; */
                """)).containsExactly(
                "CREATE TABLE t (a text)",
                "-- a comment; with a semicolon\nINSERT INTO t VALUES ('x;y'), (E'\\';z')",
                "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql",
                "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END",
                "DO $body$ BEGIN PERFORM 1; END $body$");
    }

    @Test
    void sqlSplittingOptionsOfLiquibaseStillApply() {
        assertThat(sql("- sql: {splitStatements: false, sql: \"SELECT 1; SELECT 2\"}")).containsExactly("SELECT 1; SELECT 2");
        assertThat(sql("- sql: {endDelimiter: \"\\\\n/\", sql: \"SELECT 1;\\n/\\nSELECT 2\"}"))
                .containsExactly("SELECT 1;", "SELECT 2");
        assertThat(sql("- sql: {stripComments: true, sql: \"-- lead\\nSELECT 1; -- tail\\nSELECT 2\"}"))
                .containsExactly("SELECT 1", "SELECT 2");
        assertThat(sql("- sql: SELECT 42")).containsExactly("SELECT 42");
    }

    @Test
    void splitStatementsRunOnARealDatabase() throws Exception {
        try (Db db = Db.fresh()) {
            db.apply(ChangeYaml.parse("""
                    - sql:
                        comment: two tables and a function
                        sql: |
                          CREATE TABLE a (x int); CREATE TABLE b (y int);
                          CREATE FUNCTION inc(i int) RETURNS int AS $$ BEGIN RETURN i + 1; END; $$ LANGUAGE plpgsql;
                          INSERT INTO a VALUES (inc(1));
                    """));
            assertThat(db.value("SELECT x FROM a")).isEqualTo("2");
        }
    }

    @Test
    void onlyStatementsPostgresRefusesInATransactionNeedOne() {
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql("CREATE INDEX CONCURRENTLY i ON t (a)"))).isTrue();
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql("SELECT 1; VACUUM t"))).isTrue();
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql("ALTER SYSTEM SET work_mem = '8MB'"))).isTrue();
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql("REINDEX TABLE CONCURRENTLY t"))).isTrue();
        // PostgreSQL 15: "DISCARD ALL cannot run inside a transaction block", and so on
        for (String refused : List.of("DISCARD ALL", "CREATE SUBSCRIPTION s CONNECTION 'dbname=x' PUBLICATION p",
                "DROP SUBSCRIPTION s", "ALTER SUBSCRIPTION s REFRESH PUBLICATION",
                "ALTER SUBSCRIPTION s SET PUBLICATION p")) {
            assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql(refused))).as(refused).isTrue();
        }
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql("DISCARD PLANS"))).isFalse();
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql("ALTER SUBSCRIPTION s DISABLE"))).isFalse();
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql("COMMENT ON TABLE t IS 'concurrently'"))).isFalse();
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql("-- CONCURRENTLY\nCREATE INDEX i ON t (a)"))).isFalse();
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.sql("CREATE INDEX i ON \"concurrently\" (a)"))).isFalse();
        assertThat(changeSql.requiresNoTransaction(ChangeEntry.of("createIndex", Map.of("tableName", "t",
                "indexName", "i", "columns", List.of(Map.of("column", Map.of("name", "a"))))))).isFalse();
    }

    @Test
    void missingSqlFileIsNamed() {
        assertThatThrownBy(() -> sql("- sqlFile: {path: sql/missing.sql}")).isInstanceOf(ChangeException.class)
                .hasMessage("change 1 (sqlFile): invalid sqlFile change: The file sql/missing.sql was not found in the"
                        + " configured search path; see https://docs.liquibase.com/change-types/home.html");
    }

    @Test
    void errorsInAListNameTheEntry() {
        List<ChangeEntry> entries = List.of(ChangeEntry.sql("SELECT 1"), ChangeEntry.of("dropTable", Map.of()));
        assertThatThrownBy(() -> changeSql.sql(entries)).hasMessageStartingWith("change 2 (dropTable): invalid dropTable");
    }

    @Test
    void analyticsAreOffInsideOurScope() {
        assertThat(LiquibaseRuntime.analyticsEnabled()).isFalse();
    }

    @Test
    void resetAllIsToldApartFromOtherResetsAndFromTheWordsInTextOrComments() {
        assertThat(List.of("RESET ALL", "reset all", "/* first */ Reset\n  ALL", "-- settings back\nRESET ALL"))
                .allMatch(ChangeSql::resetsAllSettings);
        assertThat(List.of("RESET search_path", "SELECT 'reset all'", "-- reset all\nSELECT 1", "CREATE TABLE reset (id int)"))
                .noneMatch(ChangeSql::resetsAllSettings);
    }
}

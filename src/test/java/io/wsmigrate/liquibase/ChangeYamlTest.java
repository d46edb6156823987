package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ops.TableOperation.CreateTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeYamlTest {

    @Test
    void renderedChangesSurviveAYamlRoundTrip() {
        List<ChangeEntry> entries = ChangeRenderer.render(new CreateTable(TableOperationsTest.offer()));
        assertThat(ChangeYaml.parse(ChangeYaml.dump(entries))).isEqualTo(entries);
        assertThat(ChangeYaml.fromMaps(ChangeYaml.toMaps(entries))).isEqualTo(entries);
    }

    @Test
    void readsTheLiquibaseChangelogSyntax() {
        List<ChangeEntry> entries = ChangeYaml.parse("""
                - createTable:
                    tableName: offer
                    columns:
                      - column: {name: id, type: bigint, autoIncrement: true, constraints: {primaryKey: true, nullable: false}}
                - createIndex: {tableName: offer, indexName: offer_title_idx, columns: [{column: {name: title}}]}
                - sql: {sql: "ALTER TABLE offer ADD CONSTRAINT offer_price_check CHECK (price >= 0)"}
                """);
        assertThat(entries).extracting(ChangeEntry::type).containsExactly("createTable", "createIndex", "sql");
        assertThat(entries.get(0).attributes().get("columns")).isEqualTo(List.of(Map.of("column", Map.of("name", "id",
                "type", "bigint", "autoIncrement", true, "constraints", Map.of("primaryKey", true, "nullable", false)))));
    }

    @Test
    void datesStayTextAndAreQuotedWhenWritten() {
        List<ChangeEntry> entries = ChangeYaml.parse("- insert: {tableName: t, columns: [{column: {name: d, valueDate: 2024-01-31}}]}");
        assertThat(entries.get(0).attributes().get("columns"))
                .isEqualTo(List.of(Map.of("column", Map.of("name", "d", "valueDate", "2024-01-31"))));
        assertThat(ChangeYaml.dump(entries)).contains("valueDate: '2024-01-31'");
    }

    @Test
    void writesBlockStyleWithIndentedLists() {
        String yaml = ChangeYaml.dump(List.of(ChangeEntry.of("dropColumn", Map.of("tableName", "offer")),
                ChangeEntry.sql("SELECT 1")));
        assertThat(yaml).isEqualTo("""
                  - dropColumn:
                      tableName: offer
                  - sql:
                      sql: SELECT 1
                """);
    }

    @Test
    void emptyTextIsAnEmptyList() {
        assertThat(ChangeYaml.parse("")).isEmpty();
    }

    @Test
    void malformedOrMisshapenYamlNamesTheProblem() {
        assertThatThrownBy(() -> ChangeYaml.parse("- createTable: {tableName: [")).isInstanceOf(ChangeException.class)
                .hasMessageStartingWith("malformed YAML at line 1: ");
        assertThatThrownBy(() -> ChangeYaml.parse("createTable: {}"))
                .hasMessage("a change list is a YAML list of entries (`- createTable: {...}`), but found LinkedHashMap");
        assertThatThrownBy(() -> ChangeYaml.parse("- sql: SELECT 1\n- just text"))
                .hasMessage("change 2 is not a map with a change type as its key, but just text");
        assertThatThrownBy(() -> ChangeYaml.parse("- {a: 1, b: 2}"))
                .hasMessageStartingWith("change 1: a change entry is a map with exactly one key");
    }
}

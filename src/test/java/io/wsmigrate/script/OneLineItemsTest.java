package io.wsmigrate.script;

import static io.wsmigrate.script.Samples.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line items of a list are written alike, whatever the length of their names. */
class OneLineItemsTest {
    @Test
    void aLongColumnTakesItsNeighboursOutOfTheirBraces() {
        String text = YamlSyntax.create().dump(List.of(map("createTable", map("tableName", "workflow_state",
                "columns", List.of(
                        map("column", map("name", "resource_id", "type", "character varying(255)")),
                        map("column", map("name", "workflow_provider_id", "type", "character varying(255)")),
                        map("column", map("name", "execution_id", "type", "character varying(255)",
                                "constraints", map("primaryKey", true, "primaryKeyName", "workflow_state_pkey",
                                        "nullable", false))))))));

        assertThat(text).isEqualTo("""
                  - createTable:
                      tableName: workflow_state
                      columns:
                        - column: {name: resource_id, type: character varying(255)}
                        - column: {name: workflow_provider_id, type: character varying(255)}
                        - column:
                            name: execution_id
                            type: character varying(255)
                            constraints:
                              primaryKey: true
                              primaryKeyName: workflow_state_pkey
                              nullable: false
                """);
    }

    @Test
    void shortOnesKeepTheirBraces() {
        String text = YamlSyntax.create().dump(List.of(map("createIndex", map("tableName", "event",
                "columns", List.of(map("column", map("name", "kind")), map("column", map("name", "happened_at")))))));

        assertThat(text).endsWith("\n        - {column: {name: kind}}\n        - {column: {name: happened_at}}\n");
    }
}

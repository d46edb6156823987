package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeEntryTest {

    @Test
    void fromMapAndToMapAreInverse() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("tableName", "offer");
        attributes.put("columns", List.of(Map.of("column", Map.of("name", "id", "type", "bigint"))));
        ChangeEntry entry = ChangeEntry.fromMap(Map.of("createTable", attributes));
        assertThat(entry.type()).isEqualTo("createTable");
        assertThat(entry.attributes()).containsExactly(Map.entry("tableName", "offer"),
                Map.entry("columns", List.of(Map.of("column", Map.of("name", "id", "type", "bigint")))));
        assertThat(entry.toMap()).isEqualTo(Map.of("createTable", attributes));
        assertThat(ChangeEntry.fromMap(entry.toMap())).isEqualTo(entry);
    }

    @Test
    void attributesKeepTheirOrder() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String key : List.of("z", "a", "m", "b")) {
            attributes.put(key, key);
        }
        assertThat(ChangeEntry.of("sql", attributes).attributes().keySet()).containsExactly("z", "a", "m", "b");
    }

    @Test
    void entryIsDeeplyImmutableAndCopied() {
        List<Object> columns = new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("column", Map.of("name", "a")))));
        Map<String, Object> attributes = new LinkedHashMap<>(Map.of("columns", columns));
        ChangeEntry entry = ChangeEntry.of("addColumn", attributes);
        columns.clear();
        attributes.put("tableName", "t");
        assertThat(entry.attributes()).containsOnlyKeys("columns");
        assertThat((List<?>) entry.attributes().get("columns")).hasSize(1);
        assertThatThrownBy(() -> entry.attributes().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) entry.attributes().get("columns")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sqlShortFormAndEmptyAttributes() {
        assertThat(ChangeEntry.fromMap(Map.of("sql", "SELECT 1"))).isEqualTo(ChangeEntry.sql("SELECT 1"));
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("empty", null);
        assertThat(ChangeEntry.fromMap(empty).attributes()).isEmpty();
    }

    @Test
    void anItemWithSeveralKeysIsRefusedWithTheExpectedShape() {
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("createTable", Map.of());
        two.put("dropTable", Map.of());
        assertThatThrownBy(() -> ChangeEntry.fromMap(two)).isInstanceOf(ChangeException.class)
                .hasMessage("a change entry is a map with exactly one key, the change type (e.g. `- createTable:"
                        + " {tableName: offer, ...}`), but found keys [createTable, dropTable]");
        assertThatThrownBy(() -> ChangeEntry.fromMap(Map.of())).hasMessageEndingWith("but found keys []");
    }

    @Test
    void attributesThatAreNotAMapAreRefused() {
        assertThatThrownBy(() -> ChangeEntry.fromMap(Map.of("dropTable", List.of("a"))))
                .hasMessage("the attributes of change 'dropTable' must be a map of attribute: value, but found"
                        + " a list ([a])");
    }

    @Test
    void valuesThatAreNotPlainYamlAreRefusedWithTheirPath() {
        Map<String, Object> column = Map.of("column", Map.of("name", "d", "valueDate", new java.util.Date(0)));
        assertThatThrownBy(() -> ChangeEntry.of("insert", Map.of("columns", List.of(column))))
                .isInstanceOf(ChangeException.class)
                .hasMessageStartingWith("attribute insert.columns[0].column.valueDate holds a Date");
    }
}

package io.wsmigrate.script;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Revision files for tests: a typical one, and one full of strings that YAML likes to misread. */
final class Samples {
    static final Instant DATE = Instant.parse("2026-11-27T08:00:00Z");

    private Samples() {
    }

    static NewRevisionFile revision(String id, String... downRevisions) {
        return new NewRevisionFile(id, List.of(downRevisions), List.of(), List.of(), "Add offer " + id, DATE, true,
                List.of("Detected: new table offer"), List.of(createTable("offer_" + id)), List.of(dropTable("offer_" + id)));
    }

    static Map<String, Object> createTable(String table) {
        Map<String, Object> id = map("name", "id", "type", "bigint", "autoIncrement", true,
                "constraints", map("primaryKey", true, "nullable", false));
        Map<String, Object> price = map("name", "price", "type", "numeric(12, 2)", "defaultValueNumeric", 0);
        return map("createTable", map("tableName", table, "columns",
                List.of(map("column", id), map("column", price))));
    }

    static Map<String, Object> dropTable(String table) {
        return map("dropTable", map("tableName", table));
    }

    static NewRevisionFile nasty() {
        List<String> strings = List.of("it's \"quoted\"", "key: value", "# not a comment", "unicode é ü 漢字 🚀",
                "0010", "yes", "no", "on", "off", "null", "~", "true", "1.5", "0x1F", "1:30", "2024-01-01",
                "", " leading space", "trailing space ", "- dash", "@at", "`tick`", "[bracket", "{brace", "*star",
                "&amp", "!bang", "%percent", "|pipe", ">greater", "a\ttab", "back\\slash", "line1\nline2",
                "ends with newlines\n\n", "\u0001control");
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < strings.size(); i++) {
            attributes.put("value" + i, strings.get(i));
        }
        attributes.put("on", "key that YAML 1.1 reads as true");
        attributes.put("number", 42);
        attributes.put("long", 12345678901234L);
        attributes.put("double", 2.5);
        attributes.put("flag", false);
        attributes.put("nothing", null);
        attributes.put("list", new ArrayList<>(strings));
        String sql = "CREATE INDEX CONCURRENTLY ix_offer_price\n    ON offer (price) -- '#' and: colons\n"
                + "  WHERE price > 0;\n";
        List<Map<String, Object>> upgrade = List.of(
                map("sql", sql),
                map("sql", map("sql", "select 'x: y'", "splitStatements", false)),
                map("customThing", attributes),
                createTable("offer"));
        return new NewRevisionFile("3f2a9c1b7d0e", List.of("1a2b3c4d5e6f", "0010"), List.of("yes", "billing"),
                List.of("deadbeef0001"), "Add offer: 'special' #1 — naïve \"quotes\"\nsecond line", DATE, false,
                List.of("Detected: added index ix_offer_price", "", "WARNING: review: CONCURRENTLY"),
                upgrade, List.of(map("sql", "DROP INDEX CONCURRENTLY ix_offer_price;")));
    }

    /** A LinkedHashMap from alternating keys and values, which may be null (Map.of allows neither order nor null). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

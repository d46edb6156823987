package io.wsmigrate.testing;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Revision files written by hand, as a user types them, for tests of what ws-migrate reads. */
final class RevisionYaml {
    private RevisionYaml() {
    }

    /** A revision with only the keys ws-migrate needs; {@code down} is null, one id, or ids joined by commas. */
    static String of(String id, String down, String upgrade, String downgrade) {
        String downRevision = down == null ? "null" : down.contains(",") ? "[" + down + "]" : down;
        return String.join("\n",
                "revision: " + id,
                "down_revision: " + downRevision,
                "message: revision " + id,
                "upgrade:",
                items(upgrade),
                "downgrade:",
                items(downgrade)) + "\n";
    }

    /** A revision with every header key, on top of {@code parent} (null: a base). */
    static String chained(String id, String parent, boolean transactional, String upgrade, String downgrade) {
        return "revision: " + id + "\n"
                + "down_revision: " + (parent == null ? "null" : parent) + "\n"
                + "message: revision " + id + "\n"
                + "create_date: 2026-01-01T00:00:00Z\n"
                + "transactional: " + transactional + "\n"
                + "upgrade:\n" + items(upgrade) + "\n"
                + "downgrade:\n" + items(downgrade) + "\n";
    }

    /** The {@code sql} change item running {@code sql}, as a YAML list item. */
    static String sql(String sql) {
        return "- sql: \"" + sql.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
    }

    /** YAML list items indented under their key; an empty list when there are none. */
    private static String items(String items) {
        return items.isBlank() ? "  []"
                : Arrays.stream(items.split("\n")).map(line -> "  " + line).collect(Collectors.joining("\n"));
    }
}

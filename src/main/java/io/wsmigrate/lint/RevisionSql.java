package io.wsmigrate.lint;

import java.util.List;

/**
 * A revision's upgrade as it runs: each change entry with the SQL it turns into, in order.
 * {@code file} names the revision file in findings.
 */
public record RevisionSql(String id, String file, boolean transactional, List<Entry> entries) {
    public RevisionSql {
        entries = List.copyOf(entries);
    }

    /** The 1-based {@code number}-th upgrade entry, of change type {@code change}. */
    public record Entry(int number, String change, List<String> statements) {
        public Entry {
            statements = List.copyOf(statements);
        }
    }
}

package io.wsmigrate.revision;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows to delete from and insert into the version table for one step, so that afterwards it
 * holds exactly the heads of the applied revisions. Both sets iterate in id order, so generated SQL
 * is deterministic. One delete plus one insert is what Alembic runs as a single UPDATE.
 */
public record VersionTableChange(Set<String> delete, Set<String> insert) {
    public VersionTableChange {
        delete = sorted(delete);
        insert = sorted(insert);
    }

    /** An immutable copy in id order; one or no id (every step of a straight history) needs no tree. */
    private static Set<String> sorted(Set<String> ids) {
        return ids.size() <= 1 ? Set.copyOf(ids) : Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }

    /** True when the step replaces exactly one row by another, which a caller may run as an UPDATE. */
    public boolean isSingleUpdate() {
        return delete.size() == 1 && insert.size() == 1;
    }
}

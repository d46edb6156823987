package io.wsmigrate.runtime;

import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version-table rows one step changes, computed purely before anything runs: rows inserted
 * (revision id to checksum), rows deleted, and rows whose head flag flips. Rendered as plain SQL so
 * the online run and the offline {@code --sql} output are the same statements.
 */
public record RowChanges(Map<String, String> insert, Set<String> delete, Set<String> markHead,
                         Set<String> unmarkHead, boolean stamped) {
    public RowChanges {
        insert = Map.copyOf(insert);
        delete = Set.copyOf(delete);
        markHead = Set.copyOf(markHead);
        unmarkHead = Set.copyOf(unmarkHead);
    }

    /**
     * Statements in a fixed order: deletes, head flags, then inserts; ids sorted so output is
     * deterministic. {@code executionMillis} is recorded on inserted rows when known.
     */
    public List<String> sql(QualifiedName table, Long executionMillis) {
        return sql(table, executionMillis == null ? "NULL" : executionMillis.toString());
    }

    /**
     * The statements for rows written in the same transaction, right after the revision's own
     * statements: {@code execution_ms} is the time the transaction has taken so far, as the server
     * measures it, since the client sends everything at once and cannot time the statements alone.
     */
    List<String> sqlTimedByServer(QualifiedName table) {
        return sql(table, "(extract(epoch FROM clock_timestamp() - transaction_timestamp()) * 1000)::bigint");
    }

    private List<String> sql(QualifiedName table, String executionMillis) {
        List<String> statements = new ArrayList<>();
        String name = table.sql();
        if (!delete.isEmpty()) {
            statements.add("DELETE FROM " + name + " WHERE version_num IN (" + literals(delete) + ")");
        }
        if (!unmarkHead.isEmpty()) {
            statements.add("UPDATE " + name + " SET is_head = false WHERE version_num IN (" + literals(unmarkHead) + ")");
        }
        Set<String> existingToMark = new TreeSet<>(markHead);
        existingToMark.removeAll(insert.keySet());
        if (!existingToMark.isEmpty()) {
            statements.add("UPDATE " + name + " SET is_head = true WHERE version_num IN (" + literals(existingToMark) + ")");
        }
        if (!insert.isEmpty()) {
            List<String> values = new ArrayList<>();
            for (String id : new TreeSet<>(insert.keySet())) {
                String checksum = insert.get(id);
                values.add("(" + Identifiers.literal(id) + ", " + markHead.contains(id) + ", "
                        + (checksum == null ? "NULL" : Identifiers.literal(checksum)) + ", "
                        + executionMillis + ", " + stamped + ")");
            }
            statements.add("INSERT INTO " + name + " (version_num, is_head, checksum, execution_ms, stamped) VALUES "
                    + String.join(", ", values));
        }
        return statements;
    }

    private static String literals(Set<String> ids) {
        return String.join(", ", new TreeSet<>(ids).stream().map(Identifiers::literal).toList());
    }
}

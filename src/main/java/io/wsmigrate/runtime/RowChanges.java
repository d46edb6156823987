package io.wsmigrate.runtime;

import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return sql(table.sql(), executionMillis == null ? "NULL" : executionMillis.toString());
    }

    /**
     * The statements for rows written in the same transaction, right after the revision's own
     * statements: {@code execution_ms} is the time the transaction has taken so far, as the server
     * measures it, since the client sends everything at once and cannot time the statements alone.
     * {@code tableSql} is the version table's name as SQL, rendered once for the whole run.
     */
    List<String> sqlTimedByServer(String tableSql) {
        return sql(tableSql, SERVER_MILLIS);
    }

    private static final String SERVER_MILLIS =
            "(EXTRACT(epoch FROM pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-)"
                    + " pg_catalog.transaction_timestamp()) OPERATOR(pg_catalog.*) 1000)::bigint";

    /**
     * Plain appends and sorted arrays, no streams or string concatenation: a run renders these once
     * per revision, mostly before the JIT has compiled anything, where each of those costs more.
     */
    List<String> sql(String name, String executionMillis) {
        List<String> statements = new ArrayList<>(3);
        if (!delete.isEmpty()) {
            statements.add(inList(new StringBuilder("DELETE FROM ").append(name), delete));
        }
        if (!unmarkHead.isEmpty()) {
            statements.add(inList(new StringBuilder("UPDATE ").append(name).append(" SET is_head = false"), unmarkHead));
        }
        Set<String> existingToMark = markHead;
        if (!insert.isEmpty() && !markHead.isEmpty()) {
            existingToMark = new HashSet<>(markHead);
            existingToMark.removeAll(insert.keySet());
        }
        if (!existingToMark.isEmpty()) {
            statements.add(inList(new StringBuilder("UPDATE ").append(name).append(" SET is_head = true"), existingToMark));
        }
        if (!insert.isEmpty()) {
            StringBuilder values = new StringBuilder("INSERT INTO ").append(name)
                    .append(" (version_num, is_head, checksum, execution_ms, stamped) VALUES ");
            String[] ids = sorted(insert.keySet());
            for (int i = 0; i < ids.length; i++) {
                String checksum = insert.get(ids[i]);
                values.append(i == 0 ? "(" : ", (").append(Identifiers.literal(ids[i])).append(", ")
                        .append(markHead.contains(ids[i])).append(", ")
                        .append(checksum == null ? "NULL" : Identifiers.literal(checksum)).append(", ")
                        .append(executionMillis).append(", ").append(stamped).append(')');
            }
            statements.add(values.toString());
        }
        return statements;
    }

    /** {@code statement} followed by {@code WHERE version_num = ANY (ARRAY[...])} of the sorted ids. */
    private static String inList(StringBuilder statement, Set<String> ids) {
        statement.append(" WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY[");
        String[] sorted = sorted(ids);
        for (int i = 0; i < sorted.length; i++) {
            statement.append(i == 0 ? "" : ", ").append(Identifiers.literal(sorted[i]));
        }
        return statement.append("])").toString();
    }

    private static String[] sorted(Set<String> ids) {
        String[] sorted = ids.toArray(new String[0]);
        if (sorted.length > 1) {
            Arrays.sort(sorted);
        }
        return sorted;
    }
}

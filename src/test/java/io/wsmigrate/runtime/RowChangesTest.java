package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The version-row SQL, written with plain appends, is exactly the statements it was before. */
class RowChangesTest {
    private static final QualifiedName TABLE = new QualifiedName(null, "ws_migrate_version");
    private static final String SERVER_MILLIS =
            "(EXTRACT(epoch FROM pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) pg_catalog.transaction_timestamp())"
                    + " OPERATOR(pg_catalog.*) 1000)::bigint";

    @Test
    void anUpgradeAfterItsParent() {
        RowChanges rows = new RowChanges(Map.of("b2", "c0ffee"), Set.of(), Set.of("b2"), Set.of("a1"), false);
        assertThat(rows.sql(TABLE, 12L)).containsExactly(
                "UPDATE ws_migrate_version SET is_head = false WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['a1'])",
                "INSERT INTO ws_migrate_version (version_num, is_head, checksum, execution_ms, stamped) VALUES"
                        + " ('b2', true, 'c0ffee', 12, false)");
        assertThat(rows.sqlTimedByServer(TABLE.sql())).containsExactly(
                "UPDATE ws_migrate_version SET is_head = false WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['a1'])",
                "INSERT INTO ws_migrate_version (version_num, is_head, checksum, execution_ms, stamped) VALUES"
                        + " ('b2', true, 'c0ffee', " + SERVER_MILLIS + ", false)");
    }

    @Test
    void aDowngradeOfAMergeAndAStamp() {
        RowChanges downgrade = new RowChanges(Map.of(), Set.of("m3"), Set.of("b2", "a1"), Set.of(), false);
        assertThat(downgrade.sql(new QualifiedName("Ops", "versions"), null)).containsExactly(
                "DELETE FROM \"Ops\".versions WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['m3'])",
                "UPDATE \"Ops\".versions SET is_head = true WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['a1', 'b2'])");
        RowChanges stamp = new RowChanges(Map.of("c3", "x", "a1", "y"), Set.of("z9"), Set.of("c3"), Set.of("b2"), true);
        assertThat(stamp.sql(TABLE, null)).containsExactly(
                "DELETE FROM ws_migrate_version WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['z9'])",
                "UPDATE ws_migrate_version SET is_head = false WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['b2'])",
                "INSERT INTO ws_migrate_version (version_num, is_head, checksum, execution_ms, stamped) VALUES"
                        + " ('a1', false, 'y', NULL, true), ('c3', true, 'x', NULL, true)");
    }

    @Test
    void sameAsBeforeOverRandomChanges() {
        Random random = new Random(17);
        List<String> ids = List.of("a1", "b2", "c3", "d'4", "e\\5", "f6", "07");
        for (int i = 0; i < 3000; i++) {
            Map<String, String> insert = new HashMap<>();
            Set<String> delete = new HashSet<>();
            Set<String> mark = new HashSet<>();
            Set<String> unmark = new HashSet<>();
            for (String id : ids) {
                switch (random.nextInt(6)) {
                    case 0 -> insert.put(id, "sum-" + id);
                    case 1 -> delete.add(id);
                    case 2 -> mark.add(id);
                    case 3 -> unmark.add(id);
                    case 4 -> {
                        insert.put(id, "sum-" + id);
                        mark.add(id);
                    }
                    default -> { }
                }
            }
            RowChanges rows = new RowChanges(insert, delete, mark, unmark, random.nextBoolean());
            assertThat(rows.sql(TABLE, 7L)).isEqualTo(asBefore(rows, "7"));
            assertThat(rows.sqlTimedByServer(TABLE.sql())).isEqualTo(asBefore(rows, SERVER_MILLIS));
        }
    }

    /** The statements as they were built before: tree sets, streams and concatenation. */
    private static List<String> asBefore(RowChanges rows, String executionMillis) {
        List<String> statements = new ArrayList<>();
        String name = TABLE.sql();
        if (!rows.delete().isEmpty()) {
            statements.add("DELETE FROM " + name + " WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY[" + literals(rows.delete())
                    + "])");
        }
        if (!rows.unmarkHead().isEmpty()) {
            statements.add("UPDATE " + name + " SET is_head = false WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY["
                    + literals(rows.unmarkHead()) + "])");
        }
        Set<String> existingToMark = new TreeSet<>(rows.markHead());
        existingToMark.removeAll(rows.insert().keySet());
        if (!existingToMark.isEmpty()) {
            statements.add("UPDATE " + name + " SET is_head = true WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY["
                    + literals(existingToMark) + "])");
        }
        if (!rows.insert().isEmpty()) {
            List<String> values = new ArrayList<>();
            for (String id : new TreeSet<>(rows.insert().keySet())) {
                String checksum = rows.insert().get(id);
                values.add("(" + Identifiers.literal(id) + ", " + rows.markHead().contains(id) + ", "
                        + (checksum == null ? "NULL" : Identifiers.literal(checksum)) + ", "
                        + executionMillis + ", " + rows.stamped() + ")");
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

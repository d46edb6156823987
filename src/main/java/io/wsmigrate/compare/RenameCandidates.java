package io.wsmigrate.compare;

import io.wsmigrate.compare.RenameCandidate.Kind;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Finds drop + add pairs that look like renames, for the user to confirm with a hint. */
final class RenameCandidates {
    private static final Comparator<RenameCandidate> ORDER = Comparator.comparing(RenameCandidate::kind)
            .thenComparing(RenameCandidate::table).thenComparing(RenameCandidate::from)
            .thenComparing(RenameCandidate::to);

    private RenameCandidates() {
    }

    /**
     * Tables removed and added in one schema with identical columns (names and types), and within a
     * table present on both sides, each removed column against each added column of the same type.
     */
    static List<RenameCandidate> find(List<Table> removed, List<Table> added, List<MultisetMatcher.Pair<Table, Table>> kept) {
        List<RenameCandidate> candidates = new ArrayList<>();
        Map<String, List<Table>> addedBySignature = new HashMap<>();
        for (Table table : added) {
            addedBySignature.computeIfAbsent(signature(table), s -> new ArrayList<>()).add(table);
        }
        for (Table table : removed) {
            for (Table match : addedBySignature.getOrDefault(signature(table), List.of())) {
                candidates.add(new RenameCandidate(Kind.TABLE, table.name(), table.name().name(), match.name().name()));
            }
        }
        for (MultisetMatcher.Pair<Table, Table> pair : kept) {
            columns(pair.current(), pair.target(), candidates);
        }
        candidates.sort(ORDER);
        return candidates;
    }

    private static void columns(Table current, Table target, List<RenameCandidate> candidates) {
        for (Column gone : current.columns()) {
            if (target.column(gone.name()).isPresent()) {
                continue;
            }
            for (Column come : target.columns()) {
                if (current.column(come.name()).isEmpty() && come.type().equals(gone.type())) {
                    candidates.add(new RenameCandidate(Kind.COLUMN, target.name(), gone.name(), come.name()));
                }
            }
        }
    }

    /** The schema and the sorted column names with their types. */
    private static String signature(Table table) {
        Set<String> columns = new TreeSet<>();
        table.columns().forEach(c -> columns.add(c.name() + " " + c.type().sql()));
        return table.name().schema() + ":" + String.join(",", columns);
    }
}

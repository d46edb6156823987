package io.wsmigrate.compare;

import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Citus placements read from the catalog, which know colocation only as group numbers, seen as
 * the model states them: a distributed table is colocated with the first table (by name) of its
 * group, and that first table with none, which rebuilds the same groups.
 */
record Placements(Map<QualifiedName, Distribution> catalog) {

    static Placements of(Map<QualifiedName, Distribution> catalog) {
        return new Placements(Map.copyOf(catalog));
    }

    Distribution of(QualifiedName table) {
        return catalog.getOrDefault(table, Distribution.LOCAL);
    }

    /** The table's placement with its colocation named as the settings would name it. */
    Distribution asModel(QualifiedName table) {
        Distribution found = of(table);
        if (found.kind() != Distribution.Kind.DISTRIBUTED) {
            return found;
        }
        QualifiedName first = catalog.entrySet().stream()
                .filter(e -> e.getValue().kind() == Distribution.Kind.DISTRIBUTED
                        && e.getValue().colocationId() == found.colocationId())
                .map(Map.Entry::getKey).sorted().findFirst().orElse(table);
        return Distribution.distributed(found.column(),
                first.equals(table) ? Distribution.COLOCATE_NONE : first.toString());
    }

    /**
     * Whether the catalog already places the table as {@code wanted} says: the same kind, the same
     * column, and the colocation: when {@code wanted} names a table, the same group as that table;
     * with {@code none}, a group shared only with the tables the {@code model} colocates with this one
     * (directly or through others). Citus's default group (no {@code colocate_with}) is Citus's choice.
     */
    boolean matches(QualifiedName table, Distribution wanted, Map<QualifiedName, Distribution> model) {
        Distribution found = of(table);
        if (found.kind() != wanted.kind()) {
            return false;
        }
        if (found.kind() != Distribution.Kind.DISTRIBUTED) {
            return true;
        }
        if (!found.column().equals(wanted.column())) {
            return false;
        }
        String with = wanted.colocateWith();
        if (with == null) {
            return true;
        }
        if (with.equals(Distribution.COLOCATE_NONE)) {
            return catalog.entrySet().stream()
                    .filter(e -> e.getValue().kind() == Distribution.Kind.DISTRIBUTED
                            && e.getValue().colocationId() == found.colocationId())
                    .allMatch(e -> colocatesWith(e.getKey(), table, model));
        }
        Distribution partner = of(QualifiedName.parse(with));
        return partner.kind() == Distribution.Kind.DISTRIBUTED && partner.colocationId() == found.colocationId();
    }

    /** Whether the model's {@code colocate_with} chain leads from {@code table} to {@code root} (or is it). */
    private static boolean colocatesWith(QualifiedName table, QualifiedName root, Map<QualifiedName, Distribution> model) {
        Set<QualifiedName> seen = new HashSet<>();
        QualifiedName next = table;
        while (next != null && seen.add(next)) {
            if (next.equals(root)) {
                return true;
            }
            String with = model.getOrDefault(next, Distribution.LOCAL).colocateWith();
            next = with == null || with.equals(Distribution.COLOCATE_NONE) ? null : QualifiedName.parse(with);
        }
        return false;
    }

    /** How many colocation steps lead from the placement to a table colocated with nothing named. */
    static int depth(Distribution placement, Map<QualifiedName, Distribution> placements) {
        if (placement.kind() == Distribution.Kind.REFERENCE) {
            return 0;
        }
        int depth = 1;
        Set<String> seen = new HashSet<>();
        Distribution next = placement;
        while (next.colocateWith() != null && !next.colocateWith().equals(Distribution.COLOCATE_NONE)
                && seen.add(next.colocateWith())) {
            depth++;
            next = placements.getOrDefault(QualifiedName.parse(next.colocateWith()), Distribution.LOCAL);
        }
        return depth;
    }
}

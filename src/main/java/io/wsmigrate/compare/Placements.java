package io.wsmigrate.compare;

import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Citus placements read from the catalog, which know colocation only as group numbers, seen as
 * the model states them: by the table each is colocated with ({@link #described}, {@link #restorable}).
 */
record Placements(Map<QualifiedName, Distribution> catalog) {

    static Placements of(Map<QualifiedName, Distribution> catalog) {
        return new Placements(Map.copyOf(catalog));
    }

    Distribution of(QualifiedName table) {
        return catalog.getOrDefault(table, Distribution.LOCAL);
    }

    /** The distributed tables of the table's colocation group, itself included, by name. */
    private Set<QualifiedName> group(QualifiedName table) {
        Distribution found = of(table);
        Set<QualifiedName> members = new TreeSet<>();
        catalog.forEach((name, placement) -> {
            if (placement.kind() == Distribution.Kind.DISTRIBUTED && placement.colocationId() == found.colocationId()) {
                members.add(name);
            }
        });
        return members;
    }

    /** For messages: the table's placement, colocated with the first other table of its group, or none. */
    Distribution described(QualifiedName table) {
        Distribution found = of(table);
        if (found.kind() != Distribution.Kind.DISTRIBUTED) {
            return found;
        }
        return colocated(found, table, group(table).stream().filter(t -> !t.equals(table)).findFirst().orElse(table));
    }

    /**
     * The placement of each table in {@code moving} (the tables a revision moves or drops, in the order
     * of the upgrade's steps) named so that the downgrade, which runs those steps in reverse, puts every
     * table back into its colocation group: colocated with a table of its group that the revision
     * leaves where it is (the first by name), or, when the revision moves the whole group, with the
     * member whose step comes last, which the downgrade places first, in a group of its own.
     */
    Map<QualifiedName, Distribution> restorable(List<QualifiedName> moving) {
        Map<QualifiedName, Distribution> restored = new TreeMap<>();
        Set<QualifiedName> moved = new HashSet<>(moving);
        for (QualifiedName table : moving) {
            Distribution found = of(table);
            if (found.kind() != Distribution.Kind.DISTRIBUTED) {
                restored.put(table, found);
                continue;
            }
            Set<QualifiedName> group = group(table);
            QualifiedName partner = group.stream().filter(t -> !moved.contains(t)).findFirst()
                    .orElseGet(() -> moving.stream().filter(group::contains).reduce((first, second) -> second)
                            .orElseThrow());
            restored.put(table, colocated(found, table, partner));
        }
        return restored;
    }

    private static Distribution colocated(Distribution found, QualifiedName table, QualifiedName partner) {
        return Distribution.distributed(found.column(),
                partner.equals(table) ? Distribution.COLOCATE_NONE : partner.toString());
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
            return group(table).stream().allMatch(member -> colocatesWith(member, table, model));
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

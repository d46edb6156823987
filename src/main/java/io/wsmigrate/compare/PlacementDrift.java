package io.wsmigrate.compare;

import io.wsmigrate.ops.DistributionOperation.SetDistribution;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Drift of Citus placements: a table of both sides that the database places otherwise than the
 * scripts do, reported as the step that would place it as the scripts do. Both sides are catalogs,
 * which know colocation as group numbers (each side's own), so colocation is compared as groups:
 * each group of the scripts has a core, the database group holding most of its tables; a table
 * outside its group's core, or in a core that another, larger group of the scripts holds more of,
 * has drifted. So a table moved out of its group by hand is the one table reported, not the group
 * it left.
 */
final class PlacementDrift {
    private PlacementDrift() {
    }

    static List<Drift> compare(Map<QualifiedName, Distribution> database, Map<QualifiedName, Distribution> scripts,
                               Collection<QualifiedName> tables) {
        Set<QualifiedName> common = new TreeSet<>(tables);
        Map<Integer, Set<QualifiedName>> groups = groups(scripts, common);
        Map<Integer, Integer> cores = new HashMap<>();
        Map<Integer, Integer> owners = new HashMap<>();
        groups.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Integer, Set<QualifiedName>> e) -> -e.getValue().size())
                        .thenComparing(e -> e.getValue().iterator().next()))
                .forEach(group -> core(group.getValue(), database).ifPresent(core -> {
                    cores.put(group.getKey(), core);
                    owners.putIfAbsent(core, group.getKey());
                }));
        Placements current = Placements.of(database);
        List<Drift> drifts = new ArrayList<>();
        for (QualifiedName table : common) {
            Distribution found = current.of(table);
            Distribution wanted = scripts.getOrDefault(table, Distribution.LOCAL);
            boolean same = found.kind() == wanted.kind() && (found.kind() != Distribution.Kind.DISTRIBUTED
                    || found.column().equals(wanted.column())
                    && Integer.valueOf(found.colocationId()).equals(cores.get(wanted.colocationId()))
                    && Objects.equals(owners.get(found.colocationId()), wanted.colocationId()));
            if (!same) {
                Distribution stated = stated(table, wanted, groups, cores, database);
                drifts.add(Drift.structure(table, new SetDistribution(table, current.described(table), stated,
                        List.of(), false).describe()));
            }
        }
        return drifts;
    }

    /** The distributed tables of {@code tables} by colocation group. */
    private static Map<Integer, Set<QualifiedName>> groups(Map<QualifiedName, Distribution> placements,
                                                           Set<QualifiedName> tables) {
        Map<Integer, Set<QualifiedName>> groups = new TreeMap<>();
        placements.forEach((table, placement) -> {
            if (placement.kind() == Distribution.Kind.DISTRIBUTED && tables.contains(table)) {
                groups.computeIfAbsent(placement.colocationId(), id -> new TreeSet<>()).add(table);
            }
        });
        return groups;
    }

    /** The database's group holding most of {@code members} (on a tie, the group of the first of them). */
    private static Optional<Integer> core(Set<QualifiedName> members, Map<QualifiedName, Distribution> database) {
        Map<Integer, Integer> overlap = new HashMap<>();
        List<Integer> found = members.stream().map(member -> database.getOrDefault(member, Distribution.LOCAL))
                .filter(placement -> placement.kind() == Distribution.Kind.DISTRIBUTED)
                .map(Distribution::colocationId).toList();
        found.forEach(group -> overlap.merge(group, 1, Integer::sum));
        Integer best = null;
        for (Integer group : found) {
            if (best == null || overlap.get(group) > overlap.get(best)) {
                best = group;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The scripts' placement of the table as the settings would state it: colocated with a table of
     * its group in the group's core (the first by name), else another of its group, else none.
     */
    private static Distribution stated(QualifiedName table, Distribution wanted, Map<Integer, Set<QualifiedName>> groups,
                                       Map<Integer, Integer> cores, Map<QualifiedName, Distribution> database) {
        if (wanted.kind() != Distribution.Kind.DISTRIBUTED) {
            return wanted;
        }
        Set<QualifiedName> others = new TreeSet<>(groups.getOrDefault(wanted.colocationId(), Set.of()));
        others.remove(table);
        Integer core = cores.get(wanted.colocationId());
        QualifiedName partner = others.stream().filter(other -> core != null
                        && database.getOrDefault(other, Distribution.LOCAL).kind() == Distribution.Kind.DISTRIBUTED
                        && database.get(other).colocationId() == core)
                .findFirst().orElse(others.isEmpty() ? null : others.iterator().next());
        return Distribution.distributed(wanted.column(), partner == null ? Distribution.COLOCATE_NONE : partner.toString());
    }
}

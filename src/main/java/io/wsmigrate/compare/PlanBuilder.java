package io.wsmigrate.compare;

import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Collects operations with their phase and sorts them into a plan: by phase, then table, then
 * rank (a kind's place inside the phase), then object name; ties keep the order they were added
 * in. The same operation added twice is kept once.
 */
final class PlanBuilder {
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::phase)
            .thenComparing(Entry::table)
            .thenComparingInt(Entry::rank)
            .thenComparing(Entry::name)
            .thenComparingLong(Entry::sequence);

    private record Entry(Phase phase, QualifiedName table, int rank, String name, long sequence, Operation operation) {
    }

    /** The one table key of operations added in order, so that only their rank orders them. */
    private static final QualifiedName IN_ORDER = QualifiedName.of("");
    private final List<Entry> entries = new ArrayList<>();

    /** Adds an operation ordered by insertion among those of the same phase, table and rank. */
    void add(Phase phase, QualifiedName table, int rank, Operation operation) {
        add(phase, table, rank, "", operation);
    }

    void add(Phase phase, QualifiedName table, int rank, String name, Operation operation) {
        entries.add(new Entry(phase, table, rank, name == null ? "" : name, entries.size(), operation));
    }

    /**
     * Adds operations that must run in exactly this order within their phase, whatever tables they
     * act on (Citus placements: a table after the one it is colocated with).
     */
    void addInOrder(Phase phase, List<? extends Operation> operations) {
        for (int i = 0; i < operations.size(); i++) {
            add(phase, IN_ORDER, i, operations.get(i));
        }
    }

    /** Removes the operations that {@code test} accepts and returns them, in insertion order. */
    List<Operation> take(Predicate<Operation> test) {
        List<Operation> taken = new ArrayList<>();
        entries.removeIf(entry -> {
            boolean matches = test.test(entry.operation());
            if (matches) {
                taken.add(entry.operation());
            }
            return matches;
        });
        return taken;
    }

    MigrationPlan build() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        Set<Operation> operations = new LinkedHashSet<>();
        sorted.forEach(e -> operations.add(e.operation()));
        return new MigrationPlan(new ArrayList<>(operations));
    }
}

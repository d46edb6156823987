package io.wsmigrate.compare;

import io.wsmigrate.ops.SequenceOperation.AlterSequence;
import io.wsmigrate.ops.SequenceOperation.CreateSequence;
import io.wsmigrate.ops.SequenceOperation.DropSequence;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Free-standing sequences, matched by name and compared by increment and by the start value the
 * entities choose (the start a fresh database would have: altering it never moves a live
 * sequence). Hibernate's default start, 1, chooses none, as an unnamed key chooses no name: a
 * database whose sequences were made to start elsewhere (JHipster's changelogs start theirs at
 * 1050) differs only when the entities say so. A database sequence that a column default draws
 * from ({@code nextval}, as serial columns do) belongs to that column and is never dropped on its
 * own: PostgreSQL drops an owned sequence with its column, and a shared one must outlive its users.
 */
final class SequenceComparator {
    /** {@code @SequenceGenerator}'s default {@code initialValue}. */
    private static final long HIBERNATE_DEFAULT_START = 1;

    private SequenceComparator() {
    }

    static void compare(CompareContext context, List<Sequence> current, List<Sequence> target,
                        Collection<Table> databaseTables) {
        Map<QualifiedName, Sequence> existing = current.stream()
                .collect(Collectors.toMap(Sequence::name, Function.identity(), (a, b) -> a));
        Map<QualifiedName, Sequence> wanted = target.stream()
                .collect(Collectors.toMap(Sequence::name, Function.identity(), (a, b) -> a));
        PlanBuilder plan = context.plan();
        for (Sequence sequence : target) {
            Sequence was = existing.get(sequence.name());
            if (was == null) {
                plan.add(Phase.SEQUENCE, sequence.name(), 0, new CreateSequence(sequence));
            } else if (was.increment() != sequence.increment()
                    || sequence.start() != HIBERNATE_DEFAULT_START && was.start() != sequence.start()) {
                plan.add(Phase.SEQUENCE, sequence.name(), 0, new AlterSequence(was, sequence));
            }
        }
        Set<QualifiedName> drawnFrom = sequencesOfDefaults(databaseTables);
        for (Sequence sequence : current) {
            if (!wanted.containsKey(sequence.name()) && context.options().owned().test(sequence.name())
                    && !drawnFrom.contains(sequence.name())) {
                plan.add(Phase.DROP_SEQUENCE, sequence.name(), 0, new DropSequence(sequence));
            }
        }
    }

    private static Set<QualifiedName> sequencesOfDefaults(Collection<Table> tables) {
        Set<QualifiedName> names = new HashSet<>();
        for (Table table : tables) {
            for (Column column : table.columns()) {
                Normalizer.sequenceOf(column.defaultExpression()).ifPresent(names::add);
            }
        }
        return names;
    }
}

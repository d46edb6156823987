package io.wsmigrate.compare;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the two sides number new rows from. A serial column is one whose {@code nextval} default
 * draws from a sequence that is not free (the column owns it: {@code OWNED BY}); a default on a
 * free sequence is only a default. The sequence an application numbers an identity-less column
 * from ({@code @SequenceGenerator}) is not in the catalog, so it is inferred from the names
 * Hibernate and PostgreSQL give such sequences, among those the plan creates or drops: the
 * identity that replaces it (or that it replaces) takes its last value over, so no key repeats.
 */
final class KeyGenerators {
    private final Set<QualifiedName> databaseSequences;
    private final Set<QualifiedName> modelSequences;

    KeyGenerators(List<Sequence> database, List<Sequence> model) {
        this.databaseSequences = database.stream().map(Sequence::name).collect(Collectors.toSet());
        this.modelSequences = model.stream().map(Sequence::name).collect(Collectors.toSet());
    }

    /** The sequence a serial column of the database owns; empty when the column is not a serial. */
    Optional<QualifiedName> databaseSerial(Column column) {
        return serial(column, databaseSequences);
    }

    /** The sequence a serial column of the model owns ({@code columnDefinition = "serial"}). */
    Optional<QualifiedName> modelSerial(Column column) {
        return serial(column, modelSequences);
    }

    /**
     * The free sequence that numbered {@code table.column} before it becomes an identity, or that
     * numbers it after it stops being one: one that only one side has, named as Hibernate names an
     * entity's sequence ({@code <table>_seq}, {@code hibernate_sequence}) or as PostgreSQL names a
     * column's ({@code <table>_<column>_seq}). Null when there is none.
     */
    QualifiedName replacedSequence(QualifiedName table, String column) {
        for (String name : List.of(table.name() + "_seq", table.name() + "_" + column + "_seq", "hibernate_sequence")) {
            QualifiedName candidate = new QualifiedName(table.schema(), name);
            if (databaseSequences.contains(candidate) != modelSequences.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Optional<QualifiedName> serial(Column column, Set<QualifiedName> freeSequences) {
        if (column.identity() != Identity.NONE) {
            return Optional.empty();
        }
        return Normalizer.sequenceOf(column.defaultExpression())
                .filter(sequence -> !freeSequences.contains(sequence));
    }
}

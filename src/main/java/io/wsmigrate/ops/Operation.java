package io.wsmigrate.ops;

import io.wsmigrate.schema.QualifiedName;
import java.util.Optional;

/**
 * One schema change. Implementations are records; {@link #reverse()} undoes the change exactly,
 * and {@link #review()} explains why a person should look at it before it runs on real data.
 * Consumers that handle every kind (rendering, applying) dispatch through {@link Visitor} and the
 * visitor of each kind, so that a new kind of operation does not compile until they handle it.
 */
public sealed interface Operation
        permits TableOperation, ColumnOperation, ConstraintOperation, SequenceOperation, EnumTypeOperation,
        DistributionOperation {

    /** Dispatches on the kind of operation: table, column, constraint, sequence, enum type or distribution. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of operation; each kind has a visitor of its own for its records. */
    interface Visitor<R> {
        R table(TableOperation operation);

        R column(ColumnOperation operation);

        R constraint(ConstraintOperation operation);

        R sequence(SequenceOperation operation);

        R enumType(EnumTypeOperation operation);

        R distribution(DistributionOperation operation);
    }

    /** The operation that undoes this one. */
    Operation reverse();

    /** The table (or sequence) this operation acts on; used for grouping and messages. */
    QualifiedName target();

    /** A short line for the revision file's header, e.g. {@code add column offer.price}. */
    String describe();

    /** Why this change may destroy data or fail on existing rows; empty when it is safe. */
    default Optional<String> review() {
        return Optional.empty();
    }
}

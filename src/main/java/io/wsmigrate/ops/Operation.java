package io.wsmigrate.ops;

import io.wsmigrate.schema.QualifiedName;
import java.util.Optional;

/**
 * One schema change. Implementations are records; {@link #reverse()} undoes the change exactly,
 * and {@link #review()} explains why a person should look at it before it runs on real data.
 */
public sealed interface Operation
        permits TableOperation, ColumnOperation, ConstraintOperation, SequenceOperation, EnumTypeOperation {

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

package io.wsmigrate.compare;

import io.wsmigrate.schema.QualifiedName;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How to compare.
 * <ul>
 * <li>{@code owned}: which database tables and sequences this project manages. One that is in the
 *     database but not in the model is dropped only when owned; the rest (the version table, other
 *     applications' tables) is left alone.</li>
 * <li>{@code renameHints}: {@code old_table=new_table} (optionally {@code schema.old_table}) and
 *     {@code table.old_column=new_column} (optionally {@code schema.table.old_column}); a hinted
 *     rename becomes a RENAME instead of a drop and an add.</li>
 * <li>{@code concurrentIndexes}: new indexes on existing tables are built {@code CONCURRENTLY}.</li>
 * <li>{@code notValidForeignKeys}: foreign keys added to existing tables are {@code NOT VALID}.</li>
 * </ul>
 */
public record CompareOptions(Predicate<QualifiedName> owned, Map<String, String> renameHints,
                             boolean concurrentIndexes, boolean notValidForeignKeys) {
    public CompareOptions {
        Objects.requireNonNull(owned, "owned");
        renameHints = renameHints == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(renameHints));
    }

    /** Owns the tables and sequences that pass {@code owned}; no hints, plain indexes and foreign keys. */
    public static CompareOptions owning(Predicate<QualifiedName> owned) {
        return new CompareOptions(owned, Map.of(), false, false);
    }

    /** Owns every table and sequence of the database it is given. */
    public static CompareOptions owningAll() {
        return owning(name -> true);
    }

    public CompareOptions withRenameHints(Map<String, String> hints) {
        return new CompareOptions(owned, hints, concurrentIndexes, notValidForeignKeys);
    }

    public CompareOptions withConcurrentIndexes(boolean concurrently) {
        return new CompareOptions(owned, renameHints, concurrently, notValidForeignKeys);
    }

    public CompareOptions withNotValidForeignKeys(boolean notValid) {
        return new CompareOptions(owned, renameHints, concurrentIndexes, notValid);
    }
}

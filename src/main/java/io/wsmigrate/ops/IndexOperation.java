package io.wsmigrate.ops;

import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.QualifiedName;
import java.util.Optional;

/** An index of an existing table built, dropped or renamed. */
public sealed interface IndexOperation extends ConstraintOperation {
    /** {@code concurrently}: built without blocking writes, outside a transaction. */
    record CreateIndex(QualifiedName table, Index index, boolean concurrently) implements IndexOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.createIndex(this);
        }

        @Override
        public Operation reverse() {
            return new DropIndex(table, index, concurrently);
        }

        @Override
        public String describe() {
            return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table;
        }

        @Override
        public Optional<String> review() {
            return index.unique() ? Optional.of("fails if " + table + " already holds duplicate values")
                    : Optional.empty();
        }
    }

    record DropIndex(QualifiedName table, Index index, boolean concurrently) implements IndexOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropIndex(this);
        }

        @Override
        public Operation reverse() {
            return new CreateIndex(table, index, concurrently);
        }

        @Override
        public String describe() {
            return "drop index " + index.name() + " on " + table;
        }
    }

    /** Gives an index the name the model chose; nothing else about the index changes. */
    record RenameIndex(QualifiedName table, String from, String to) implements IndexOperation {
        public RenameIndex {
            Renames.requireTwoNames(from, to);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.renameIndex(this);
        }

        @Override
        public Operation reverse() {
            return new RenameIndex(table, to, from);
        }

        @Override
        public String describe() {
            return "rename index " + from + " to " + to + " on " + table;
        }
    }
}

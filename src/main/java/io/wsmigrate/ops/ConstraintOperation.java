package io.wsmigrate.ops;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.Optional;

/** Keys, constraints and indexes added to or dropped from an existing table. */
public sealed interface ConstraintOperation extends Operation {
    /** One method per kind of this operation: a new kind does not compile until every visitor handles it. */
    interface Visitor<R> {
        R addPrimaryKey(AddPrimaryKey operation);

        R dropPrimaryKey(DropPrimaryKey operation);

        R addUniqueConstraint(AddUniqueConstraint operation);

        R dropUniqueConstraint(DropUniqueConstraint operation);

        R createIndex(CreateIndex operation);

        R dropIndex(DropIndex operation);

        R addForeignKey(AddForeignKey operation);

        R dropForeignKey(DropForeignKey operation);

        R addCheckConstraint(AddCheckConstraint operation);

        R dropCheckConstraint(DropCheckConstraint operation);

        R renameIndex(RenameIndex operation);

        R renameConstraint(RenameConstraint operation);
    }

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R accept(Operation.Visitor<R> visitor) {
        return visitor.constraint(this);
    }

    QualifiedName table();

    @Override
    default QualifiedName target() {
        return table();
    }

    record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements ConstraintOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addPrimaryKey(this);
        }

        @Override
        public Operation reverse() {
            return new DropPrimaryKey(table, primaryKey);
        }

        @Override
        public String describe() {
            return "add primary key on " + table + "(" + String.join(", ", primaryKey.columns()) + ")";
        }

        @Override
        public Optional<String> review() {
            return Optional.of("fails if " + table + " holds duplicate or NULL keys");
        }
    }

    record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements ConstraintOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropPrimaryKey(this);
        }

        @Override
        public Operation reverse() {
            return new AddPrimaryKey(table, primaryKey);
        }

        @Override
        public String describe() {
            return "drop primary key of " + table;
        }
    }

    record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements ConstraintOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addUniqueConstraint(this);
        }

        @Override
        public Operation reverse() {
            return new DropUniqueConstraint(table, constraint);
        }

        @Override
        public String describe() {
            return "add unique constraint on " + table + "(" + String.join(", ", constraint.columns()) + ")";
        }

        @Override
        public Optional<String> review() {
            return Optional.of("fails if " + table + " already holds duplicate values");
        }
    }

    record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements ConstraintOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropUniqueConstraint(this);
        }

        @Override
        public Operation reverse() {
            return new AddUniqueConstraint(table, constraint);
        }

        @Override
        public String describe() {
            return "drop unique constraint " + constraint.name() + " on " + table;
        }
    }

    /** {@code concurrently}: built without blocking writes, outside a transaction. */
    record CreateIndex(QualifiedName table, Index index, boolean concurrently) implements ConstraintOperation {
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

    record DropIndex(QualifiedName table, Index index, boolean concurrently) implements ConstraintOperation {
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

    /**
     * {@code notValid}: added without checking existing rows (a short lock), to be validated
     * afterwards with {@code VALIDATE CONSTRAINT}.
     */
    record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean notValid) implements ConstraintOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addForeignKey(this);
        }

        @Override
        public Operation reverse() {
            return new DropForeignKey(table, foreignKey);
        }

        @Override
        public String describe() {
            return "add foreign key " + foreignKey.name() + " " + table + "(" + String.join(", ", foreignKey.columns())
                    + ") -> " + foreignKey.referencedTable();
        }
    }

    record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements ConstraintOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropForeignKey(this);
        }

        @Override
        public Operation reverse() {
            return new AddForeignKey(table, foreignKey, false);
        }

        @Override
        public String describe() {
            return "drop foreign key " + foreignKey.name() + " on " + table;
        }
    }

    record AddCheckConstraint(QualifiedName table, CheckConstraint check) implements ConstraintOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addCheckConstraint(this);
        }

        @Override
        public Operation reverse() {
            return new DropCheckConstraint(table, check);
        }

        @Override
        public String describe() {
            return "add check constraint " + check.name() + " on " + table;
        }

        @Override
        public Optional<String> review() {
            return Optional.of("fails if existing rows of " + table + " violate: " + check.expression());
        }
    }

    record DropCheckConstraint(QualifiedName table, CheckConstraint check) implements ConstraintOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropCheckConstraint(this);
        }

        @Override
        public Operation reverse() {
            return new AddCheckConstraint(table, check);
        }

        @Override
        public String describe() {
            return "drop check constraint " + check.name() + " on " + table;
        }
    }

    /** Gives an index the name the model chose; nothing else about the index changes. */
    record RenameIndex(QualifiedName table, String from, String to) implements ConstraintOperation {
        public RenameIndex {
            requireNames(from, to);
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

    /**
     * Gives a primary key, unique, foreign key or check constraint the name the model chose (a
     * unique or primary key's index takes the new name with it).
     */
    record RenameConstraint(QualifiedName table, String from, String to) implements ConstraintOperation {
        public RenameConstraint {
            requireNames(from, to);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.renameConstraint(this);
        }

        @Override
        public Operation reverse() {
            return new RenameConstraint(table, to, from);
        }

        @Override
        public String describe() {
            return "rename constraint " + from + " to " + to + " on " + table;
        }
    }

    private static void requireNames(String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            throw new IllegalArgumentException("a rename needs two different names: " + from + " -> " + to);
        }
    }
}

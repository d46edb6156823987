package io.wsmigrate.ops;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.Optional;

/**
 * Keys, constraints and indexes added to or dropped from an existing table. The primary key,
 * unique and check constraints and their renames are here; indexes are {@link IndexOperation}s and
 * foreign keys {@link ForeignKeyOperation}s, both of this kind and handled by its one visitor.
 */
public sealed interface ConstraintOperation extends Operation
        permits ConstraintOperation.AddPrimaryKey, ConstraintOperation.DropPrimaryKey,
        ConstraintOperation.AddUniqueConstraint, ConstraintOperation.DropUniqueConstraint,
        ConstraintOperation.AddCheckConstraint, ConstraintOperation.DropCheckConstraint,
        ConstraintOperation.RenameConstraint, IndexOperation, ForeignKeyOperation {
    /** One method per kind of this operation: a new kind does not compile until every visitor handles it. */
    interface Visitor<R> {
        R addPrimaryKey(AddPrimaryKey operation);

        R dropPrimaryKey(DropPrimaryKey operation);

        R addUniqueConstraint(AddUniqueConstraint operation);

        R dropUniqueConstraint(DropUniqueConstraint operation);

        R createIndex(IndexOperation.CreateIndex operation);

        R dropIndex(IndexOperation.DropIndex operation);

        R addForeignKey(ForeignKeyOperation.AddForeignKey operation);

        R dropForeignKey(ForeignKeyOperation.DropForeignKey operation);

        R addCheckConstraint(AddCheckConstraint operation);

        R dropCheckConstraint(DropCheckConstraint operation);

        R renameIndex(IndexOperation.RenameIndex operation);

        R renameConstraint(RenameConstraint operation);

        R alterForeignKeyDeferral(ForeignKeyOperation.AlterForeignKeyDeferral operation);
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

    /**
     * Gives a primary key, unique, foreign key or check constraint the name the model chose (a
     * unique or primary key's index takes the new name with it).
     */
    record RenameConstraint(QualifiedName table, String from, String to) implements ConstraintOperation {
        public RenameConstraint {
            Renames.requireTwoNames(from, to);
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
}

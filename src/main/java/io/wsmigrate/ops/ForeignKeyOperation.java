package io.wsmigrate.ops;

import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.QualifiedName;
import java.util.Locale;

/** A foreign key of an existing table added, dropped, or made deferrable or not in place. */
public sealed interface ForeignKeyOperation extends ConstraintOperation {
    /**
     * {@code notValid}: added without checking existing rows (a short lock), to be validated
     * afterwards with {@code VALIDATE CONSTRAINT}.
     */
    record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean notValid) implements ForeignKeyOperation {
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

    record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements ForeignKeyOperation {
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

    /**
     * Makes a foreign key deferrable or not ({@code ALTER CONSTRAINT}), in place: no drop, no
     * re-check of the rows. A null deferral is not deferrable.
     */
    record AlterForeignKeyDeferral(QualifiedName table, String name, Deferral from, Deferral to)
            implements ForeignKeyOperation {
        public AlterForeignKeyDeferral {
            from = Deferral.orDefault(from);
            to = Deferral.orDefault(to);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alterForeignKeyDeferral(this);
        }

        @Override
        public Operation reverse() {
            return new AlterForeignKeyDeferral(table, name, to, from);
        }

        @Override
        public String describe() {
            return "alter deferral of foreign key " + name + " on " + table + ": "
                    + from.sql().toLowerCase(Locale.ROOT) + " -> " + to.sql().toLowerCase(Locale.ROOT);
        }
    }
}

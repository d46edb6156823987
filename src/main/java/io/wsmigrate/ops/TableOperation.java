package io.wsmigrate.ops;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * Operations on whole tables. The tables they carry include columns, primary key, unique and
 * check constraints, indexes and comments, but never foreign keys: those are always separate
 * {@link ForeignKeyOperation.AddForeignKey} operations, so tables can be created and dropped in
 * any order and cycles of references still work.
 */
public sealed interface TableOperation extends Operation {
    /** One method per kind of this operation: a new kind does not compile until every visitor handles it. */
    interface Visitor<R> {
        R createTable(CreateTable operation);

        R dropTable(DropTable operation);

        R renameTable(RenameTable operation);

        R setTableComment(SetTableComment operation);
    }

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R accept(Operation.Visitor<R> visitor) {
        return visitor.table(this);
    }

    record CreateTable(Table table) implements TableOperation {
        public CreateTable {
            requireNoForeignKeys(table);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.createTable(this);
        }

        @Override
        public Operation reverse() {
            return new DropTable(table);
        }

        @Override
        public QualifiedName target() {
            return table.name();
        }

        @Override
        public String describe() {
            return "create table " + table.name();
        }
    }

    record DropTable(Table table) implements TableOperation {
        public DropTable {
            requireNoForeignKeys(table);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropTable(this);
        }

        @Override
        public Operation reverse() {
            return new CreateTable(table);
        }

        @Override
        public QualifiedName target() {
            return table.name();
        }

        @Override
        public String describe() {
            return "drop table " + table.name();
        }

        @Override
        public Optional<String> review() {
            return Optional.of("drops table " + table.name() + " and all its rows");
        }
    }

    record RenameTable(QualifiedName from, QualifiedName to) implements TableOperation {
        public RenameTable {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            if (!from.schema().equals(to.schema())) {
                throw new IllegalArgumentException("a rename keeps the schema: " + from + " -> " + to);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.renameTable(this);
        }

        @Override
        public Operation reverse() {
            return new RenameTable(to, from);
        }

        @Override
        public QualifiedName target() {
            return from;
        }

        @Override
        public String describe() {
            return "rename table " + from + " to " + to.name();
        }
    }

    /** Sets (or with null, removes) a table's comment. */
    record SetTableComment(QualifiedName table, String from, String to) implements TableOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setTableComment(this);
        }

        @Override
        public Operation reverse() {
            return new SetTableComment(table, to, from);
        }

        @Override
        public QualifiedName target() {
            return table;
        }

        @Override
        public String describe() {
            return (to == null ? "remove comment on table " : "set comment on table ") + table;
        }
    }

    private static void requireNoForeignKeys(Table table) {
        if (!table.foreignKeys().isEmpty()) {
            throw new IllegalArgumentException(
                    "table operations carry no foreign keys; use AddForeignKey for " + table.name());
        }
    }
}

package io.wsmigrate.introspect;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A model as deterministic text: one line per object (table, column, key, index, foreign key,
 * check, sequence, enum type), sorted, so two models print the same text exactly when they hold
 * the same objects and a failed comparison shows the differing lines. Identifiers are quoted where SQL
 * would need it and tables always carry their schema. Column position is not printed: dropping
 * and re-adding a column moves it to the end of its table without changing the schema's meaning.
 */
public final class SchemaText {
    private SchemaText() {
    }

    public static String describe(SchemaModel model) {
        List<String> lines = new ArrayList<>();
        for (Table table : model.tables()) {
            addTable(lines, table);
        }
        for (Sequence sequence : model.sequences()) {
            lines.add("sequence " + name(sequence.name()) + " start " + sequence.start()
                    + " increment " + sequence.increment());
        }
        for (EnumType type : model.enumTypes()) {
            lines.add("enum type " + name(type.name()) + " " + type.labels().stream().map(Identifiers::literal)
                    .collect(Collectors.joining(", ", "(", ")"))
                    + (type.implicitCasts().isEmpty() ? "" : " implicit casts " + type.implicitCasts()));
        }
        return lines.stream().map(SchemaText::oneLine).sorted().collect(Collectors.joining("\n", "", "\n"));
    }

    private static void addTable(List<String> lines, Table table) {
        String owner = name(table.name());
        lines.add("table " + owner + comment(table.comment()));
        for (Column column : table.columns()) {
            lines.add("column " + owner + "." + Identifiers.quote(column.name()) + " " + column(column));
        }
        if (table.primaryKey() != null) {
            lines.add("primary key " + owner + " " + Identifiers.quote(table.primaryKey().name())
                    + " " + names(table.primaryKey().columns()));
        }
        table.uniqueConstraints().forEach(unique -> lines.add(
                "unique " + owner + " " + Identifiers.quote(unique.name()) + " " + names(unique.columns())));
        table.indexes().forEach(index -> lines.add("index " + owner + " " + index(index)));
        table.foreignKeys().forEach(foreignKey -> lines.add("foreign key " + owner + " " + foreignKey(foreignKey)));
        for (CheckConstraint check : table.checks()) {
            lines.add("check " + owner + " " + Identifiers.quote(check.name()) + " " + check.expression());
        }
    }

    private static String column(Column column) {
        StringBuilder text = new StringBuilder(column.type().sql());
        if (column.collation() != null) {
            text.append(" collate ").append(Identifiers.alwaysQuote(column.collation()));
        }
        text.append(column.nullable() ? " null" : " not null");
        if (column.defaultExpression() != null) {
            text.append(" default ").append(column.defaultExpression());
        }
        if (column.identity() != Identity.NONE) {
            text.append(' ').append(column.identity().sql().toLowerCase(java.util.Locale.ROOT));
        }
        if (column.generated() != null) {
            text.append(' ').append(column.generated().sql());
        }
        return text.append(comment(column.comment())).toString();
    }

    private static String index(Index index) {
        String keys = index.columns().stream().map(SchemaText::indexKey)
                .collect(Collectors.joining(", ", "(", ")"));
        return Identifiers.quote(index.name()) + (index.unique() ? " unique" : "") + " using " + index.method()
                + " " + keys + (index.include().isEmpty() ? "" : " include " + names(index.include()))
                + (index.nullsNotDistinct() ? " nulls not distinct" : "")
                + (index.predicate() == null ? "" : " where " + index.predicate());
    }

    private static String indexKey(IndexColumn key) {
        return key.expression() + (key.descending() ? " desc" : "");
    }

    private static String foreignKey(ForeignKey foreignKey) {
        return Identifiers.quote(foreignKey.name()) + " " + names(foreignKey.columns())
                + " references " + name(foreignKey.referencedTable()) + " " + names(foreignKey.referencedColumns())
                + " on delete " + foreignKey.onDelete().sql().toLowerCase(java.util.Locale.ROOT)
                + " on update " + foreignKey.onUpdate().sql().toLowerCase(java.util.Locale.ROOT);
    }

    private static String name(QualifiedName name) {
        return Identifiers.quote(name.schema()) + "." + Identifiers.quote(name.name());
    }

    private static String names(List<String> columns) {
        return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String comment(String comment) {
        return comment == null ? "" : " comment " + Identifiers.literal(comment);
    }

    /** Keeps one object per line even when a comment or expression spans lines. */
    private static String oneLine(String line) {
        return line.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }
}

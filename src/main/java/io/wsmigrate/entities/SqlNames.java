package io.wsmigrate.entities;

import io.wsmigrate.schema.QualifiedName;
import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * Turns names as Hibernate writes them into DDL into names as PostgreSQL stores them: a quoted name
 * keeps its case, an unquoted one is folded to lower case. Each kind of object is named the way
 * Hibernate's exporter for it renders the name (they differ: see the methods).
 */
final class SqlNames {
    private final Dialect dialect;
    private final SqlStringGenerationContext context;
    private final IdentifierHelper identifierHelper;

    SqlNames(Dialect dialect, SqlStringGenerationContext context, IdentifierHelper identifierHelper) {
        this.dialect = dialect;
        this.context = context;
        this.identifierHelper = identifierHelper;
    }

    /** The context Hibernate renders DDL with, for statements of auxiliary database objects. */
    SqlStringGenerationContext context() {
        return context;
    }

    /** The table with {@code hibernate.default_schema} applied, else PostgreSQL's {@code public}. */
    QualifiedName table(Table table) {
        return new QualifiedName(schema(table.getSchemaIdentifier()), of(table.getNameIdentifier()));
    }

    QualifiedName sequence(Sequence sequence) {
        return new QualifiedName(schema(sequence.getName().getSchemaName()),
                of(sequence.getName().getSequenceName()));
    }

    /** Any schema-qualified name Hibernate holds, such as a generator's physical sequence name. */
    QualifiedName qualified(org.hibernate.boot.model.relational.QualifiedName name) {
        return new QualifiedName(schema(name.getSchemaName()), of(name.getObjectName()));
    }

    String column(Column column) {
        return fromRendered(column.getQuotedName(dialect));
    }

    /** Foreign-key names go through the identifier helper, so global quoting quotes them. */
    String foreignKey(String name) {
        return fromRendered(identifierHelper.toIdentifier(name).render(dialect));
    }

    /** Unique-key and check names are written as they are: quoted only if the name carries quotes. */
    String constraint(String name) {
        return fromRendered(name);
    }

    /** Index names are written unquoted, even when the mapping quoted them. */
    String index(String name) {
        return fold(name);
    }

    private String schema(Identifier explicit) {
        Identifier schema = context.schemaWithDefault(explicit);
        return schema == null ? QualifiedName.DEFAULT_SCHEMA : of(schema);
    }

    /** A name as it appears in DDL text: {@code "Name"} or {@code `Name`} keep their case, others fold. */
    static String fromRendered(String rendered) {
        int last = rendered.length() - 1;
        if (last > 0 && rendered.charAt(0) == '"' && rendered.charAt(last) == '"') {
            return LongNames.stored(rendered.substring(1, last).replace("\"\"", "\""));
        }
        if (last > 0 && rendered.charAt(0) == '`' && rendered.charAt(last) == '`') {
            return LongNames.stored(rendered.substring(1, last));
        }
        return fold(rendered);
    }

    static String of(Identifier identifier) {
        return identifier.isQuoted() ? LongNames.stored(identifier.getText()) : fold(identifier.getText());
    }

    /** Lower case, and no longer than PostgreSQL keeps it (see {@link LongNames}). */
    static String fold(String name) {
        return LongNames.stored(name.toLowerCase(Locale.ROOT));
    }
}

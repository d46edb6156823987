package io.wsmigrate.compare;

import io.wsmigrate.compare.SqlNode.BooleanLiteral;
import io.wsmigrate.compare.SqlNode.Call;
import io.wsmigrate.compare.SqlNode.NullLiteral;
import io.wsmigrate.compare.SqlNode.NumberLiteral;
import io.wsmigrate.compare.SqlNode.StringLiteral;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one spelling both sides of a diff are compared in. Hibernate writes {@code status in ('A','B')},
 * {@code price >= 0} and {@code now()}; PostgreSQL's catalog prints
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))},
 * {@code (price >= (0)::numeric)} and {@code CURRENT_TIMESTAMP}. Expressions are tokenized and
 * parsed, then rewritten: implicit casts, parentheses and key-word case dropped, {@code IN} /
 * {@code = ANY}, {@code BETWEEN}, {@code LIKE} / {@code ~~} unified, literals {@code '0'} and
 * {@code 0} made one. Text the parser does not understand is compared token by token.
 * Types need no work here: {@link ColumnType} is canonical already.
 */
public final class Normalizer {
    private static final Set<String> BOOLEAN_TRUE = Set.of("t", "true", "y", "yes", "on", "1");
    private static final Set<String> BOOLEAN_FALSE = Set.of("f", "false", "n", "no", "off", "0");

    private Normalizer() {
    }

    /** The canonical form of a CHECK expression, an index predicate or expression; null stays null. */
    public static String expression(String sql) {
        if (sql == null || sql.isBlank()) {
            return null;
        }
        try {
            return parse(sql).sql();
        } catch (IllegalArgumentException unsupported) {
            return TokenFallback.canonical(sql);
        }
    }

    /**
     * The canonical form of a column default for a column of {@code type}; null when there is no
     * default or the default is NULL, which PostgreSQL does not even store.
     */
    public static String defaultExpression(String sql, ColumnType type) {
        if (sql == null || sql.isBlank()) {
            return null;
        }
        SqlNode node;
        try {
            node = parse(sql);
        } catch (IllegalArgumentException unsupported) {
            return TokenFallback.canonical(sql);
        }
        if (node instanceof NullLiteral) {
            return null;
        }
        if (type.base().equals("boolean") && !type.isArray()) {
            node = asBoolean(node);
        }
        return nextvalWithPlainName(node).sql();
    }

    /** The sequence a {@code nextval('...')} default draws from, as serial columns have. */
    public static Optional<QualifiedName> sequenceOf(String defaultExpression) {
        if (defaultExpression == null) {
            return Optional.empty();
        }
        try {
            SqlNode node = nextvalWithPlainName(parse(defaultExpression));
            if (node instanceof Call call && call.name().equals("nextval")
                    && call.arguments().get(0) instanceof StringLiteral name) {
                return Optional.of(QualifiedName.parse(name.value().replace("\"", "")));
            }
        } catch (IllegalArgumentException unsupported) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The model in comparison form: canonical defaults and expressions, no names on keys,
     * constraints and indexes, sets sorted. Two models with equal normal forms need no migration
     * between them; {@link SchemaComparator} also treats a few cross-side spellings as equal that a
     * single model cannot express (a unique constraint against a unique index). A serial column
     * and an identity column are not equal: the catalog holds different objects for them.
     */
    public static SchemaModel normalize(SchemaModel model) {
        return ModelNormalizer.normalize(model);
    }

    public static Table normalize(Table table) {
        return ModelNormalizer.normalize(table);
    }

    /**
     * The columns an expression refers to, by name. PostgreSQL names an unnamed CHECK after its
     * column when it refers to exactly one.
     */
    static Set<String> referencedColumns(String sql) {
        if (sql == null || sql.isBlank()) {
            return Set.of();
        }
        try {
            return SqlTrees.columns(parse(sql));
        } catch (IllegalArgumentException unsupported) {
            return Set.of();
        }
    }

    /** The name PostgreSQL gives an index key: the column, or the function of an expression. */
    static String indexColumnName(String expression) {
        try {
            return SqlTrees.figureName(parse(expression));
        } catch (IllegalArgumentException unsupported) {
            return "expr";
        }
    }

    private static SqlNode parse(String sql) {
        return SqlCanonicalizer.canonical(SqlParser.parse(sql));
    }

    private static SqlNode asBoolean(SqlNode node) {
        String word = null;
        if (node instanceof StringLiteral literal) {
            word = literal.value().trim().toLowerCase(Locale.ROOT);
        } else if (node instanceof NumberLiteral number) {
            word = number.value();
        }
        if (word != null && (BOOLEAN_TRUE.contains(word) || BOOLEAN_FALSE.contains(word))) {
            return new BooleanLiteral(BOOLEAN_TRUE.contains(word));
        }
        return node;
    }

    /**
     * {@code nextval('public.t_id_seq'::regclass)} and {@code nextval('t_id_seq')} name one sequence:
     * regclass input folds unquoted names and the default schema is implied.
     */
    private static SqlNode nextvalWithPlainName(SqlNode node) {
        if (node instanceof Call call && call.name().equals("nextval") && call.arguments().size() == 1
                && call.arguments().get(0) instanceof StringLiteral literal) {
            String name = literal.value().contains("\"") ? literal.value() : literal.value().toLowerCase(Locale.ROOT);
            String prefix = QualifiedName.DEFAULT_SCHEMA + ".";
            name = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
            return new Call("nextval", List.of(new StringLiteral(name)), false);
        }
        return node;
    }
}

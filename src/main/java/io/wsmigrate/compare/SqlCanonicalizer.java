package io.wsmigrate.compare;

import io.wsmigrate.compare.SqlNode.ArrayOf;
import io.wsmigrate.compare.SqlNode.Between;
import io.wsmigrate.compare.SqlNode.Binary;
import io.wsmigrate.compare.SqlNode.BooleanLiteral;
import io.wsmigrate.compare.SqlNode.Call;
import io.wsmigrate.compare.SqlNode.Case;
import io.wsmigrate.compare.SqlNode.Cast;
import io.wsmigrate.compare.SqlNode.ColumnRef;
import io.wsmigrate.compare.SqlNode.InList;
import io.wsmigrate.compare.SqlNode.Junction;
import io.wsmigrate.compare.SqlNode.Keyword;
import io.wsmigrate.compare.SqlNode.NullLiteral;
import io.wsmigrate.compare.SqlNode.NumberLiteral;
import io.wsmigrate.compare.SqlNode.Postfix;
import io.wsmigrate.compare.SqlNode.Quantified;
import io.wsmigrate.compare.SqlNode.StringLiteral;
import io.wsmigrate.compare.SqlNode.Subscript;
import io.wsmigrate.compare.SqlNode.Unary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites a parsed expression into the one form both sides agree on. PostgreSQL's deparser adds
 * casts the user never wrote ({@code (status)::text}, {@code 'A'::character varying},
 * {@code (0)::numeric}) and turns {@code IN}, {@code BETWEEN} and {@code LIKE} into
 * {@code = ANY (ARRAY[..])}, two comparisons and {@code ~~}; this undoes all of that.
 */
final class SqlCanonicalizer {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> BOOLEAN_TRUE = Set.of("true", "t", "yes", "y", "on", "1");
    private static final Set<String> BOOLEAN_FALSE = Set.of("false", "f", "no", "n", "off", "0");
    private static final Map<String, String> OPERATORS = Map.of(
            "!=", "<>", "like", "~~", "not like", "!~~", "ilike", "~~*", "not ilike", "!~~*");
    /** The types PostgreSQL's implicit casts take a column to when an operator needs it. */
    private static final Set<String> WIDENING = Set.of("text", "character varying", "bpchar", "character",
            "numeric", "bigint", "double precision", "timestamp with time zone", "timestamp without time zone");
    private static final Set<String> WHOLE = Set.of("smallint", "integer", "bigint");
    private static final Map<String, String> FUNCTIONS = Map.of(
            "transaction_timestamp", "now", "pg_catalog.now", "now");

    private SqlCanonicalizer() {
    }

    static SqlNode canonical(SqlNode node) {
        if (node instanceof StringLiteral literal) {
            return literal(literal.value());
        }
        if (node instanceof Cast cast) {
            return cast(canonical(cast.operand()), cast.type());
        }
        if (node instanceof Unary unary) {
            return unary(unary.operator(), canonical(unary.operand()));
        }
        if (node instanceof Binary binary) {
            return binary(binary.operator(), canonical(binary.left()), canonical(binary.right()));
        }
        if (node instanceof Junction junction) {
            return junction(junction.operator(), canonicalAll(junction.operands()));
        }
        if (node instanceof InList in) {
            return inList(canonical(in.operand()), in.values().stream().map(SqlCanonicalizer::canonical).toList(),
                    in.negated());
        }
        if (node instanceof Between between) {
            return between(canonical(between.operand()), canonical(between.low()), canonical(between.high()),
                    between.negated());
        }
        if (node instanceof Keyword keyword) {
            return keyword.word().equals("current_timestamp") ? new Call("now", List.of(), false) : keyword;
        }
        return structural(node);
    }

    /** Nodes whose canonical form is the node with canonical children. */
    private static SqlNode structural(SqlNode node) {
        if (node instanceof Call call) {
            String name = FUNCTIONS.getOrDefault(call.name(), call.name());
            name = name.startsWith("pg_catalog.") ? name.substring("pg_catalog.".length()) : name;
            return new Call(name, canonicalAll(call.arguments()), call.distinct());
        }
        if (node instanceof Postfix postfix) {
            return new Postfix(canonical(postfix.operand()), postfix.operator());
        }
        if (node instanceof Quantified quantified) {
            return new Quantified(quantified.quantifier(), canonical(quantified.array()));
        }
        if (node instanceof ArrayOf array) {
            return new ArrayOf(canonicalAll(array.elements()));
        }
        if (node instanceof Subscript subscript) {
            return new Subscript(canonical(subscript.operand()), canonical(subscript.index()));
        }
        if (node instanceof Case caseNode) {
            return new Case(caseNode.operand() == null ? null : canonical(caseNode.operand()),
                    canonicalAll(caseNode.branches()),
                    caseNode.otherwise() == null ? null : canonical(caseNode.otherwise()));
        }
        return node;
    }

    private static List<SqlNode> canonicalAll(List<SqlNode> nodes) {
        return nodes.stream().map(SqlCanonicalizer::canonical).toList();
    }

    /** {@code '0'} is the number 0 and {@code 'true'} the boolean: the quotes are only how it was typed. */
    private static SqlNode literal(String value) {
        if (NUMBER.matcher(value).matches()) {
            return number(value);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return new BooleanLiteral(lower.equals("true"));
        }
        return new StringLiteral(value);
    }

    private static NumberLiteral number(String text) {
        return new NumberLiteral(text.startsWith("+") ? text.substring(1) : text);
    }

    /**
     * A cast of a constant is the type PostgreSQL gave it from its context. A cast of a column or
     * an array is dropped only to a type PostgreSQL converts to by itself, without loss, to find an
     * operator ({@code (status)::text}, {@code (qty)::numeric}); any other ({@code (price)::integer},
     * {@code (day)::date}, a length) changes the value, so it stays.
     */
    private static SqlNode cast(SqlNode operand, String type) {
        if (type.equals("boolean") && operand instanceof StringLiteral literal) {
            String word = literal.value().trim().toLowerCase(Locale.ROOT);
            if (BOOLEAN_TRUE.contains(word) || BOOLEAN_FALSE.contains(word)) {
                return new BooleanLiteral(BOOLEAN_TRUE.contains(word));
            }
        }
        boolean constant = (operand instanceof StringLiteral || operand instanceof NumberLiteral
                || operand instanceof BooleanLiteral || operand instanceof NullLiteral) && !truncates(operand, type);
        boolean widened = (operand instanceof ColumnRef || operand instanceof ArrayOf)
                && WIDENING.contains(type.endsWith("[]") ? type.substring(0, type.indexOf('[')) : type);
        return constant || widened ? operand : new Cast(operand, type);
    }

    /** A length, a precision or a whole-number type cuts the constant: PostgreSQL adds no such cast. */
    private static boolean truncates(SqlNode constant, String type) {
        return type.contains("(") || constant instanceof NumberLiteral number
                && !number.value().matches("-?\\d+") && WHOLE.contains(type);
    }

    private static SqlNode unary(String operator, SqlNode operand) {
        if (operator.equals("+")) {
            return operand;
        }
        if (operator.equals("-") && operand instanceof NumberLiteral number) {
            return number.value().startsWith("-") ? number(number.value().substring(1)) : number("-" + number.value());
        }
        if (operator.equals("not") && operand instanceof InList in) {
            return new InList(in.operand(), in.values(), !in.negated());
        }
        return new Unary(operator, operand);
    }

    private static SqlNode binary(String operator, SqlNode left, SqlNode right) {
        String op = OPERATORS.getOrDefault(operator, operator);
        if (op.equals("and") || op.equals("or")) {
            return junction(op, List.of(left, right));
        }
        if (right instanceof Quantified quantified) {
            List<SqlNode> elements = arrayElements(quantified.array());
            boolean any = quantified.quantifier().equals("any");
            if (elements != null && op.equals("=") && any) {
                return inList(left, elements, false);
            }
            if (elements != null && op.equals("<>") && !any) {
                return inList(left, elements, true);
            }
        }
        return new Binary(op, left, right);
    }

    /** Flattens nested ANDs (ORs) and sorts the operands: their order does not change the result. */
    private static SqlNode junction(String operator, List<SqlNode> operands) {
        Map<String, SqlNode> flat = new LinkedHashMap<>();
        for (SqlNode operand : operands) {
            if (operand instanceof Junction inner && inner.operator().equals(operator)) {
                inner.operands().forEach(o -> flat.put(o.sql(), o));
            } else {
                flat.put(operand.sql(), operand);
            }
        }
        List<SqlNode> sorted = new ArrayList<>(flat.values());
        sorted.sort(Comparator.comparing(SqlNode::sql));
        return sorted.size() == 1 ? sorted.get(0) : new Junction(operator, sorted);
    }

    private static SqlNode inList(SqlNode operand, List<SqlNode> values, boolean negated) {
        Map<String, SqlNode> unique = new LinkedHashMap<>();
        values.forEach(v -> unique.put(v.sql(), v));
        List<SqlNode> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(SqlNode::sql));
        if (sorted.size() == 1) {
            return new Binary(negated ? "<>" : "=", operand, sorted.get(0));
        }
        return new InList(operand, sorted, negated);
    }

    private static SqlNode between(SqlNode operand, SqlNode low, SqlNode high, boolean negated) {
        return negated
                ? junction("or", List.of(new Binary("<", operand, low), new Binary(">", operand, high)))
                : junction("and", List.of(new Binary(">=", operand, low), new Binary("<=", operand, high)));
    }

    /** The elements of {@code ARRAY[..]} or of an array literal {@code '{A,B}'}; null for anything else. */
    private static List<SqlNode> arrayElements(SqlNode array) {
        if (array instanceof ArrayOf of) {
            return of.elements();
        }
        if (array instanceof StringLiteral literal) {
            return ArrayLiterals.elements(literal.value()).stream().map(SqlCanonicalizer::literal).toList();
        }
        return null;
    }
}

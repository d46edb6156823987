package io.wsmigrate.compare;

import io.wsmigrate.sql.SqlLexer;
import io.wsmigrate.sql.SqlToken;
import io.wsmigrate.sql.SqlToken.Kind;
import io.wsmigrate.sql.TokenCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A precedence-climbing parser for the expressions found in defaults, CHECK constraints and index
 * definitions, with PostgreSQL's operator precedence. Anything outside that subset (sub-queries,
 * window functions) throws {@link IllegalArgumentException}; callers then fall back to comparing
 * tokens.
 */
final class SqlParser {
    private static final int NOT = SqlPrecedence.NOT;
    private static final int IS = SqlPrecedence.IS;
    private static final int PATTERN = SqlPrecedence.PATTERN;
    private static final int UNARY = SqlPrecedence.UNARY;

    private static final Set<String> VALUE_KEYWORDS = Set.of("current_date", "current_time", "current_timestamp",
            "localtime", "localtimestamp", "current_user", "session_user", "user", "current_role",
            "current_catalog", "current_schema");

    private final TokenCursor in;

    private SqlParser(List<SqlToken> tokens) {
        this.in = new TokenCursor(tokens);
    }

    static SqlNode parse(String sql) {
        SqlParser parser = new SqlParser(SqlLexer.tokenize(sql));
        SqlNode node = parser.expression(0);
        if (parser.in.hasNext()) {
            throw new IllegalArgumentException("unexpected '" + parser.peek().text() + "'");
        }
        return node;
    }

    /** Parses operators that bind at least as tightly as {@code minimum}. */
    private SqlNode expression(int minimum) {
        SqlNode left = prefix();
        while (in.hasNext()) {
            int precedence = SqlPrecedence.of(in.peek(), in.peek(1));
            if (precedence < minimum) {
                return left;
            }
            left = infix(left, precedence);
        }
        return left;
    }

    private SqlNode prefix() {
        SqlToken token = peek();
        if (token.isWord("not")) {
            in.next();
            return new SqlNode.Unary("not", expression(NOT));
        }
        if (token.isOperator("-") || token.isOperator("+")) {
            in.next();
            return new SqlNode.Unary(token.text(), expression(UNARY));
        }
        return primary();
    }

    private SqlNode infix(SqlNode left, int precedence) {
        SqlToken token = next();
        if (token.isOperator("::")) {
            return new SqlNode.Cast(left, SqlTypes.read(this::peekOrNull, this::next));
        }
        if (token.isPunctuation("[")) {
            SqlNode index = expression(0);
            expect("]");
            return new SqlNode.Subscript(left, index);
        }
        if (token.kind() == Kind.OPERATOR) {
            return new SqlNode.Binary(token.text(), left, expression(precedence + 1));
        }
        return switch (token.text()) {
            case "or", "and" -> new SqlNode.Binary(token.text(), left, expression(precedence + 1));
            case "isnull" -> new SqlNode.Postfix(left, "is null");
            case "notnull" -> new SqlNode.Postfix(left, "is not null");
            case "is" -> is(left);
            default -> pattern(left, token);
        };
    }

    private SqlNode is(SqlNode left) {
        boolean negated = peek().isWord("not");
        if (negated) {
            in.next();
        }
        SqlToken what = next();
        if (what.isWord("distinct")) {
            expectWord("from");
            return new SqlNode.Binary(negated ? "is not distinct from" : "is distinct from", left, expression(IS + 1));
        }
        if (what.kind() != Kind.WORD || !Set.of("null", "true", "false", "unknown").contains(what.text())) {
            throw new IllegalArgumentException("unsupported IS " + what.text());
        }
        return new SqlNode.Postfix(left, "is " + (negated ? "not " : "") + what.text());
    }

    /** [NOT] IN / LIKE / ILIKE / SIMILAR TO / BETWEEN; {@code token} is the first word. */
    private SqlNode pattern(SqlNode left, SqlToken token) {
        boolean negated = token.isWord("not");
        String word = negated ? next().text() : token.text();
        switch (word) {
            case "in":
                expect("(");
                List<SqlNode> values = list(")");
                return new SqlNode.InList(left, values, negated);
            case "between":
                SqlNode low = expression(PATTERN + 1);
                expectWord("and");
                return new SqlNode.Between(left, low, expression(PATTERN + 1), negated);
            case "similar":
                expectWord("to");
                return new SqlNode.Binary(negated ? "not similar to" : "similar to", left, expression(PATTERN + 1));
            default:
                return new SqlNode.Binary(negated ? "not " + word : word, left, expression(PATTERN + 1));
        }
    }

    private SqlNode primary() {
        SqlToken token = next();
        switch (token.kind()) {
            case NUMBER:
                return new SqlNode.NumberLiteral(token.text());
            case STRING:
                return new SqlNode.StringLiteral(token.text());
            case BIT_STRING:
                return new SqlNode.Cast(new SqlNode.StringLiteral(token.text().substring(1)),
                        SqlTypes.canonical(token.text().substring(0, 1)));
            case QUOTED_IDENTIFIER:
                return nameOrCall(token.text());
            case PUNCTUATION:
                if (token.text().equals("(")) {
                    SqlNode inner = expression(0);
                    expect(")");
                    return inner;
                }
                throw new IllegalArgumentException("unexpected '" + token.text() + "'");
            case WORD:
                return word(token);
            default:
                if (token.isOperator("*")) {
                    return new SqlNode.Star();
                }
                throw new IllegalArgumentException("unexpected '" + token.text() + "'");
        }
    }

    private SqlNode word(SqlToken token) {
        String word = token.text();
        SqlToken following = peekOrNull();
        boolean call = following != null && following.isPunctuation("(");
        switch (word) {
            case "true", "false":
                return new SqlNode.BooleanLiteral(word.equals("true"));
            case "null":
                return new SqlNode.NullLiteral();
            case "case":
                return caseExpression();
            case "array":
                expect("[");
                return new SqlNode.ArrayOf(list("]"));
            default:
                break;
        }
        if (word.equals("cast") && call) {
            in.next();
            SqlNode operand = expression(0);
            expectWord("as");
            String type = SqlTypes.read(this::peekOrNull, this::next);
            expect(")");
            return new SqlNode.Cast(operand, type);
        }
        if ((word.equals("any") || word.equals("all") || word.equals("some")) && call) {
            in.next();
            SqlNode array = expression(0);
            expect(")");
            return new SqlNode.Quantified(word.equals("all") ? "all" : "any", array);
        }
        if (VALUE_KEYWORDS.contains(word) && !call) {
            return new SqlNode.Keyword(word);
        }
        if (following != null && following.kind() == Kind.STRING) {
            in.next();
            return new SqlNode.Cast(new SqlNode.StringLiteral(following.text()), SqlTypes.canonical(word));
        }
        return nameOrCall(word);
    }

    private SqlNode nameOrCall(String first) {
        List<String> parts = new ArrayList<>(List.of(first));
        while (in.peek().isPunctuation(".") && in.peek(1).isName()) {
            in.next();
            parts.add(in.next().text());
        }
        SqlToken following = peekOrNull();
        if (following == null || !following.isPunctuation("(")) {
            return new SqlNode.ColumnRef(parts);
        }
        in.next();
        boolean distinct = peek().isWord("distinct");
        if (distinct) {
            in.next();
        }
        return new SqlNode.Call(String.join(".", parts), list(")"), distinct);
    }

    private SqlNode caseExpression() {
        SqlNode operand = peek().isWord("when") ? null : expression(0);
        List<SqlNode> branches = new ArrayList<>();
        while (peek().isWord("when")) {
            in.next();
            branches.add(expression(0));
            expectWord("then");
            branches.add(expression(0));
        }
        SqlNode otherwise = null;
        if (peek().isWord("else")) {
            in.next();
            otherwise = expression(0);
        }
        expectWord("end");
        return new SqlNode.Case(operand, branches, otherwise);
    }

    /** Comma-separated expressions up to {@code close}, which is consumed; may be empty. */
    private List<SqlNode> list(String close) {
        List<SqlNode> items = new ArrayList<>();
        if (peek().isPunctuation(close)) {
            in.next();
            return items;
        }
        while (true) {
            items.add(expression(0));
            SqlToken separator = next();
            if (separator.isPunctuation(close)) {
                return items;
            }
            if (!separator.isPunctuation(",")) {
                throw new IllegalArgumentException("expected ',' or '" + close + "'");
            }
        }
    }

    private void expect(String punctuation) {
        if (!next().isPunctuation(punctuation)) {
            throw new IllegalArgumentException("expected '" + punctuation + "'");
        }
    }

    private void expectWord(String word) {
        if (!next().isWord(word)) {
            throw new IllegalArgumentException("expected " + word);
        }
    }

    private SqlToken peek() {
        if (!in.hasNext()) {
            throw new IllegalArgumentException("unexpected end of expression");
        }
        return in.peek();
    }

    private SqlToken peekOrNull() {
        return in.hasNext() ? in.peek() : null;
    }

    private SqlToken next() {
        SqlToken token = peek();
        in.next();
        return token;
    }
}

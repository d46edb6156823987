package io.wsmigrate.config;

import java.util.Collection;

/**
 * Spring's profile expressions, as {@code spring.config.activate.on-profile} takes them:
 * a name, {@code !name}, {@code a & b}, {@code a | b} and parentheses. Mixing {@code &} and
 * {@code |} without parentheses is an error, as in Spring.
 */
final class ProfileExpression {
    private final String text;
    private final Collection<String> active;
    private int at;

    private ProfileExpression(String text, Collection<String> active) {
        this.text = text;
        this.active = active;
    }

    /** Whether {@code expression} holds for the {@code active} profiles; null when it cannot be read. */
    static Boolean matches(String expression, Collection<String> active) {
        ProfileExpression parser = new ProfileExpression(expression, active);
        try {
            boolean result = parser.expression();
            parser.skipBlanks();
            return parser.at == expression.length() ? result : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean expression() {
        boolean result = unary();
        char operator = 0;
        skipBlanks();
        while (at < text.length() && (text.charAt(at) == '&' || text.charAt(at) == '|')) {
            char next = text.charAt(at++);
            if (operator != 0 && operator != next) {
                throw new IllegalArgumentException("mixed & and |");
            }
            operator = next;
            boolean right = unary();
            result = operator == '&' ? result && right : result || right;
            skipBlanks();
        }
        return result;
    }

    private boolean unary() {
        skipBlanks();
        if (at >= text.length()) {
            throw new IllegalArgumentException("missing profile");
        }
        char c = text.charAt(at);
        if (c == '!') {
            at++;
            return !unary();
        }
        if (c == '(') {
            at++;
            boolean inner = expression();
            skipBlanks();
            if (at >= text.length() || text.charAt(at) != ')') {
                throw new IllegalArgumentException("missing )");
            }
            at++;
            return inner;
        }
        int start = at;
        while (at < text.length() && "&|()! \t".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException("missing profile");
        }
        return active.contains(text.substring(start, at));
    }

    private void skipBlanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}

package io.wsmigrate.liquibase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CHECK expression as PostgreSQL printed it, written back so that PostgreSQL stores the same
 * expression again. Its deparser is no fixpoint for the most common check of all, the one Hibernate
 * writes for {@code @Enumerated(STRING)} on a varchar column: {@code status in ('A','B')} prints as
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))},
 * and reading that text back moves the cast into every element
 * ({@code ARRAY[('A'::character varying)::text, ...]}). Written as the IN list it came from, a check
 * that a downgrade restores is the original one.
 */
final class CheckExpressions {
    private static final String COLUMN = "(\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)";
    private static final String ITEM = "'(?:[^']|'')*'::character varying";
    private static final Pattern VARCHAR_IN_LIST = Pattern.compile("\\(\\(" + COLUMN + "\\)::text (= ANY|<> ALL) "
            + "\\(\\(ARRAY\\[(" + ITEM + "(?:, " + ITEM + ")*)\\]\\)::text\\[\\]\\)\\)");
    private static final Pattern LITERAL = Pattern.compile("('(?:[^']|'')*')::character varying");

    private CheckExpressions() {
    }

    /** {@code expression}, or the IN list PostgreSQL printed as {@code = ANY (ARRAY[..])}. */
    static String restorable(String expression) {
        Matcher list = VARCHAR_IN_LIST.matcher(expression.strip());
        if (!list.matches()) {
            return expression;
        }
        List<String> values = new ArrayList<>();
        Matcher literal = LITERAL.matcher(list.group(3));
        while (literal.find()) {
            values.add(literal.group(1));
        }
        String operator = list.group(2).equals("= ANY") ? " IN (" : " NOT IN (";
        return list.group(1) + operator + String.join(", ", values) + ")";
    }
}

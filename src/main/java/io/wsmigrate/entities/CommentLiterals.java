package io.wsmigrate.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs Hibernate's {@code comment on ... is '...'} statements: Hibernate 7 writes the comment
 * text between quotes without doubling the quotes inside it, so {@code @Comment("Owner's name")}
 * yields a statement PostgreSQL rejects. A literal is only touched when it is malformed (a run of
 * an odd number of quotes), so a Hibernate that escapes correctly is left alone.
 */
final class CommentLiterals {
    private static final Pattern COMMENT = Pattern.compile("(comment on (?:table|column) .+? is ')(.*)'",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern QUOTE_RUN = Pattern.compile("'+");

    private CommentLiterals() {
    }

    static String repair(String statement) {
        Matcher matcher = COMMENT.matcher(statement);
        if (!matcher.matches() || !isMalformed(matcher.group(2))) {
            return statement;
        }
        return matcher.group(1) + matcher.group(2).replace("'", "''") + "'";
    }

    private static boolean isMalformed(String literalBody) {
        Matcher runs = QUOTE_RUN.matcher(literalBody);
        while (runs.find()) {
            if (runs.group().length() % 2 == 1) {
                return true;
            }
        }
        return false;
    }
}

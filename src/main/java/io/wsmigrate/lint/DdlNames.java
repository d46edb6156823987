package io.wsmigrate.lint;

import io.wsmigrate.sql.SqlToken;
import io.wsmigrate.sql.TokenCursor;
import java.util.regex.Pattern;

/** Names as {@link DdlParser} reports them: plain when PostgreSQL would fold them so, quoted otherwise. */
final class DdlNames {
    private static final String DEFAULT_SCHEMA = "public.";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

    private DdlNames() {
    }

    /** One name: a word, or a quoted identifier with its case ("t" is the same name as t). */
    static String name(TokenCursor in) {
        SqlToken token = in.next();
        if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER && !PLAIN_NAME.matcher(token.text()).matches()) {
            return "\"" + token.text() + "\"";
        }
        return token.text();
    }

    /** {@code name} or {@code schema.name}, without the default schema. */
    static String qualified(TokenCursor in) {
        StringBuilder name = new StringBuilder(name(in));
        while (in.acceptPunctuation(".")) {
            name.append('.').append(name(in));
        }
        String text = name.toString();
        return text.startsWith(DEFAULT_SCHEMA) ? text.substring(DEFAULT_SCHEMA.length()) : text;
    }

    /** After CHECK: the column of {@code (column IS NOT NULL)}, consumed; else null, nothing consumed. */
    static String notNullCheckColumn(TokenCursor in) {
        int start = in.mark();
        if (in.acceptPunctuation("(") && in.peek().isName() && !in.peek().isWord("not")) {
            String column = name(in);
            if (in.accept("is", "not", "null") && in.acceptPunctuation(")")) {
                return column;
            }
        }
        in.rewind(start);
        return null;
    }
}

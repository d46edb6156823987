package io.wsmigrate.compare;

import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.sql.SqlToken;
import io.wsmigrate.sql.SqlToken.Kind;
import java.util.Locale;
import java.util.function.Supplier;

/** Reads a type name inside an expression ({@code ::character varying(20)[]}) into its canonical spelling. */
final class SqlTypes {
    private SqlTypes() {
    }

    /** Consumes the tokens of one type name; {@code peek} returns null at the end. */
    static String read(Supplier<SqlToken> peek, Supplier<SqlToken> next) {
        StringBuilder name = new StringBuilder(namePart(next.get()));
        while (peekIs(peek, Kind.PUNCTUATION, ".")) {
            next.get();
            name.append('.').append(namePart(next.get()));
        }
        String base = name.toString();
        if (java.util.Set.of("character", "char", "bit").contains(base) && peekIs(peek, Kind.WORD, "varying")) {
            next.get();
            name.append(" varying");
        } else if (base.equals("double") && peekIs(peek, Kind.WORD, "precision")) {
            next.get();
            name.append(" precision");
        }
        if (peekIs(peek, Kind.PUNCTUATION, "(")) {
            name.append(modifiers(next));
        }
        if ((base.equals("timestamp") || base.equals("time"))
                && (peekIs(peek, Kind.WORD, "with") || peekIs(peek, Kind.WORD, "without"))) {
            String with = next.get().text();
            expectWord(next, "time");
            expectWord(next, "zone");
            name.append(' ').append(with).append(" time zone");
        }
        while (peekIs(peek, Kind.PUNCTUATION, "[") || peekIs(peek, Kind.WORD, "array")) {
            next.get();
            if (peekIs(peek, Kind.NUMBER, null)) {
                next.get();
            }
            if (peekIs(peek, Kind.PUNCTUATION, "]")) {
                next.get();
            }
            name.append("[]");
        }
        return canonical(name.toString());
    }

    /** A type name in PostgreSQL's {@code format_type} spelling where {@link ColumnType} knows it. */
    static String canonical(String type) {
        try {
            return ColumnType.parse(type).sql();
        } catch (IllegalArgumentException unknownShape) {
            return type.trim().toLowerCase(Locale.ROOT);
        }
    }

    private static String namePart(SqlToken token) {
        if (token.kind() == Kind.WORD) {
            return token.text();
        }
        if (token.kind() == Kind.QUOTED_IDENTIFIER) {
            return Identifiers.quote(token.text());
        }
        throw new IllegalArgumentException("expected a type name, found '" + token.text() + "'");
    }

    private static String modifiers(Supplier<SqlToken> next) {
        StringBuilder out = new StringBuilder();
        SqlToken token = next.get();
        while (!token.isPunctuation(")")) {
            out.append(token.text());
            token = next.get();
        }
        return "(" + out + ")";
    }

    private static boolean peekIs(Supplier<SqlToken> peek, Kind kind, String text) {
        SqlToken token = peek.get();
        return token != null && token.kind() == kind && (text == null || token.text().equals(text));
    }

    private static void expectWord(Supplier<SqlToken> next, String word) {
        if (!next.get().isWord(word)) {
            throw new IllegalArgumentException("expected " + word + " in a type name");
        }
    }
}

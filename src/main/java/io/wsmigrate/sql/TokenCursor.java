package io.wsmigrate.sql;

import io.wsmigrate.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/** Walks a list of tokens; past the last one it sees an {@link Kind#END} token. */
public final class TokenCursor {
    private final List<SqlToken> tokens;
    private final SqlToken end;
    private int position;

    public TokenCursor(List<SqlToken> tokens) {
        this.tokens = List.copyOf(tokens);
        int offset = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        this.end = new SqlToken(Kind.END, "", offset, offset);
    }

    public boolean hasNext() {
        return position < tokens.size();
    }

    public SqlToken peek() {
        return peek(0);
    }

    /** The token {@code ahead} places after the next one (0 is the next one). */
    public SqlToken peek(int ahead) {
        return position + ahead < tokens.size() ? tokens.get(position + ahead) : end;
    }

    /** The next token's text if it is a word, else "". */
    public String peekWord() {
        return peek().kind() == Kind.WORD ? peek().text() : "";
    }

    public SqlToken next() {
        SqlToken token = peek();
        position = Math.min(position + 1, tokens.size());
        return token;
    }

    /** How many tokens have been consumed; {@link #rewind} goes back to such a mark. */
    public int mark() {
        return position;
    }

    public void rewind(int mark) {
        position = mark;
    }

    /** Consumes {@code words} if the next tokens are exactly these words. */
    public boolean accept(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        position += words.length;
        return true;
    }

    public boolean acceptPunctuation(String punctuation) {
        if (peek().isPunctuation(punctuation)) {
            position++;
            return true;
        }
        return false;
    }

    /** Skips to the first of {@code words}, consumes it and returns it ("" at the end). */
    public String skipUntil(String... words) {
        while (hasNext()) {
            SqlToken token = next();
            for (String word : words) {
                if (token.isWord(word)) {
                    return word;
                }
            }
        }
        return "";
    }

    /** The remaining tokens split at commas outside parentheses (such as the actions of an ALTER TABLE). */
    public List<List<SqlToken>> restSplitAtTopLevelCommas() {
        List<List<SqlToken>> parts = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        int depth = 0;
        while (hasNext()) {
            SqlToken token = next();
            depth += token.isPunctuation("(") ? 1 : token.isPunctuation(")") ? -1 : 0;
            if (depth == 0 && token.isPunctuation(",")) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        parts.add(current);
        return parts;
    }
}

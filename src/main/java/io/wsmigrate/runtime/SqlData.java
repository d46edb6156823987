package io.wsmigrate.runtime;

/**
 * Text from revision files (messages) written into SQL as a comment, never as SQL: a comment stays
 * one comment line whatever it holds. The {@code --sql} output is piped into psql; a line break in
 * a message must not turn into statements there. Literals are {@code Identifiers.literal}, which
 * reads the same whatever the server's {@code standard_conforming_strings} says.
 */
final class SqlData {
    private SqlData() {
    }

    /**
     * {@code text} as the body of a {@code --} comment: line breaks (any of them: CR, LF, NEL,
     * U+2028/2029, form feed, vertical tab) shown as {@code \n}, other control characters dropped.
     */
    static String comment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // CRLF is one break
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000b') {
                out.append("\\n");
            } else if (!Character.isISOControl(c) || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

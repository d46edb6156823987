package io.wsmigrate.schema;

import java.nio.charset.StandardCharsets;

/**
 * The names PostgreSQL chooses itself ({@code makeObjectName} in its source): for an unnamed
 * constraint or index, or the sequence of a {@code serial} column. Identifiers hold at most 63
 * bytes, so the longer of the two parts is cut, a byte at a time, until the name fits.
 */
public final class PostgresNames {
    /** The longest identifier PostgreSQL stores, in bytes of UTF-8. */
    public static final int MAX_BYTES = 63;

    private PostgresNames() {
    }

    /** {@code name1_name2_label}, or {@code name1_label} when name2 is null, truncated as PostgreSQL does. */
    public static String makeObjectName(String name1, String name2, String label) {
        int overhead = bytes(label) + 1 + (name2 == null ? 0 : 1);
        int available = MAX_BYTES - overhead;
        int name1Bytes = bytes(name1);
        int name2Bytes = name2 == null ? 0 : bytes(name2);
        while (name1Bytes + name2Bytes > available) {
            if (name1Bytes > name2Bytes) {
                name1Bytes--;
            } else {
                name2Bytes--;
            }
        }
        StringBuilder name = new StringBuilder(clip(name1, name1Bytes));
        if (name2 != null) {
            name.append('_').append(clip(name2, name2Bytes));
        }
        return name.append('_').append(label).toString();
    }

    /** The longest prefix of whole characters that fits in {@code limit} UTF-8 bytes. */
    public static String clip(String text, int limit) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > limit) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}

package io.wsmigrate.compare;

import io.wsmigrate.schema.PostgresNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How PostgreSQL names a constraint or index created without a name ({@code makeObjectName} and
 * {@code ChooseIndexNameAddition} in its source): {@code <table>_<columns>_<label>}, cut to 63
 * bytes by shortening the longer of the two name parts first, never splitting a character.
 */
final class ConventionalNames {
    /** NAMEDATALEN - 1: the longest identifier PostgreSQL keeps, in bytes. */
    static final int MAX_BYTES = 63;
    private static final Pattern HIBERNATE_HASHED = Pattern.compile("(?i)(fk|uk|idx)[0-9a-y]{20,25}");

    private ConventionalNames() {
    }

    /**
     * True for a name Hibernate's implicit naming hashed from the table and columns: {@code FK}, {@code UK}
     * or {@code IDX} and a base-35 MD5 (up to 25 letters and digits), as PostgreSQL stores it unquoted.
     */
    static boolean isChosenByHibernate(String name) {
        return HIBERNATE_HASHED.matcher(name).matches();
    }

    /** {@code name1_name2_label}, or {@code name1_label} when name2 is null, truncated as PostgreSQL does. */
    static String makeObjectName(String name1, String name2, String label) {
        return PostgresNames.makeObjectName(name1, name2, label);
    }

    /** Column names joined by underscores, stopping once the text reaches 64 bytes. */
    static String columnsAddition(List<String> columns) {
        StringBuilder out = new StringBuilder();
        for (String column : columns) {
            if (out.length() > 0) {
                out.append('_');
            }
            out.append(clip(column, MAX_BYTES));
            if (bytes(out.toString()) > MAX_BYTES) {
                break;
            }
        }
        return out.toString();
    }

    /** The longest prefix of whole characters that fits in {@code limit} UTF-8 bytes. */
    static String clip(String text, int limit) {
        return PostgresNames.clip(text, limit);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}

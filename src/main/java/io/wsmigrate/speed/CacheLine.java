package io.wsmigrate.speed;

import io.wsmigrate.revision.Direction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * One remembered step as one line of ASCII:
 * {@code <text key> <U|D> <T|F> <checksum> <statement in Base64>... <digest>}. The digest (the
 * CRC-32C of everything before it: damage, not tampering, is what it guards against, and it is
 * computed for a thousand lines on every run) makes a line cut short by a crash, or two lines
 * written into each other by concurrent runs, read as no line at all rather than as fewer statements.
 */
public final class CacheLine {
    /** The script folder's text key ({@code ScriptDirectory.textHash}), opaque here but for its alphabet. */
    private static final Pattern TEXT_KEY = Pattern.compile("[0-9a-f]{16,64}");
    private static final Pattern CHECKSUM = Pattern.compile("[0-9a-f]{64}");
    private static final int FIXED_FIELDS = 5;

    private CacheLine() {
    }

    /** The key and value of a line. */
    public record Entry(String textHash, Direction direction, StepSql sql) {
    }

    /** The line for {@code entry}, or empty when a statement would not come back the same (unpaired surrogates). */
    public static Optional<String> format(Entry entry) {
        StepSql sql = entry.sql();
        StringBuilder line = new StringBuilder(entry.textHash())
                .append(entry.direction() == Direction.UPGRADE ? " U " : " D ")
                .append(sql.transactional() ? "T " : "F ").append(sql.checksum());
        for (String statement : sql.statements()) {
            byte[] bytes = statement.getBytes(StandardCharsets.UTF_8);
            if (!new String(bytes, StandardCharsets.UTF_8).equals(statement)) {
                return Optional.empty();
            }
            line.append(' ').append(Base64.getEncoder().encodeToString(bytes));
        }
        String digest = digest(line);
        return Optional.of(line.append(' ').append(digest).toString());
    }

    /** The entry of a line, or empty for anything but a whole, undamaged line. */
    public static Optional<Entry> parse(String line) {
        String[] fields = line.split(" ", -1);
        int last = fields.length - 1;
        if (fields.length < FIXED_FIELDS || !TEXT_KEY.matcher(fields[0]).matches()
                || !CHECKSUM.matcher(fields[3]).matches() || !isOneOf(fields[1], "U", "D") || !isOneOf(fields[2], "T", "F")
                || !fields[last].equals(digest(line.substring(0, line.length() - fields[last].length() - 1)))) {
            return Optional.empty();
        }
        List<String> statements = new ArrayList<>(last - 4);
        try {
            for (int i = 4; i < last; i++) {
                statements.add(new String(Base64.getDecoder().decode(fields[i]), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Direction direction = fields[1].equals("U") ? Direction.UPGRADE : Direction.DOWNGRADE;
        return Optional.of(new Entry(fields[0], direction, new StepSql(statements, fields[2].equals("T"), fields[3])));
    }

    private static boolean isOneOf(String field, String one, String other) {
        return field.equals(one) || field.equals(other);
    }

    private static String digest(CharSequence text) {
        CRC32C crc = new CRC32C();
        crc.update(text.toString().getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}

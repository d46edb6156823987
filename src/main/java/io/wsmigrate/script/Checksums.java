package io.wsmigrate.script;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checksum of a revision: SHA-256 over a canonical form of what runs, namely the upgrade and
 * downgrade entries and the transactional flag, written as JSON with sorted map keys. Comments, the
 * message, the date, key order and YAML layout are not part of it, so tidying a file does not make an
 * applied revision look edited, while any change to the changes themselves does.
 */
final class Checksums {
    /**
     * One digest per thread, reused (digest() resets it): looking the algorithm up and formatting
     * with HexFormat for each revision showed in a cold upgrade's profile.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Checksums::newSha256);
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private Checksums() {
    }

    static String of(List<Map<String, Object>> upgrade, List<Map<String, Object>> downgrade, boolean transactional) {
        StringBuilder canonical = new StringBuilder("{\"downgrade\":");
        append(canonical, downgrade);
        canonical.append(",\"transactional\":").append(transactional).append(",\"upgrade\":");
        append(canonical, upgrade);
        canonical.append('}');
        return sha256(canonical.toString());
    }

    /** The canonical form of one value; two values with the same form run the same. */
    static String canonical(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof String) {
            appendString(out, (String) value);
        } else if (isInteger(value)) {
            out.append(value);
        } else if (value instanceof Double) {
            out.append(value);
        } else if (value instanceof List) {
            appendList(out, (List<?>) value);
        } else if (value instanceof Map) {
            appendMap(out, (Map<?, ?>) value);
        } else {
            throw new IllegalArgumentException("not a plain YAML value: " + value.getClass().getName());
        }
    }

    static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte;
    }

    private static void appendList(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, list.get(i));
        }
        out.append(']');
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, entry.getKey());
            out.append(':');
            append(out, entry.getValue());
        }
        out.append('}');
    }

    private static void appendString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static String sha256(String text) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        char[] hex = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = HEX_DIGITS[(digest[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX_DIGITS[digest[i] & 0xF];
        }
        return new String(hex);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

package io.wsmigrate.entities;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names longer than PostgreSQL keeps. The server silently cuts an identifier to its first 63
 * bytes (NAMEDATALEN - 1), at a character boundary; the model must hold the name the server
 * stores, or {@code check} reports the table missing forever and every autogenerate writes it
 * again. Each such name is reported once, since the mapping should say what it means.
 */
final class LongNames {
    /** The longest identifier PostgreSQL stores, in bytes of UTF-8. */
    static final int MAX_BYTES = 63;
    private static final Logger LOG = LoggerFactory.getLogger(LongNames.class);
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private LongNames() {
    }

    /** {@code name} as PostgreSQL stores it, with a warning the first time it is cut. */
    static String stored(String name) {
        String cut = truncate(name);
        if (!cut.equals(name) && REPORTED.add(name)) {
            LOG.warn("the name {} is {} bytes long and PostgreSQL keeps only the first {}: {}; give it a shorter"
                    + " name in the mapping (@Table, @Column, @Index, @JoinColumn...)", name,
                    name.getBytes(StandardCharsets.UTF_8).length, MAX_BYTES, cut);
        }
        return cut;
    }

    /** The first 63 bytes of {@code name}'s UTF-8, never splitting a character, as PostgreSQL cuts it. */
    static String truncate(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return name;
        }
        int end = MAX_BYTES;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // a continuation byte: the character starts earlier
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}

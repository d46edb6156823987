package io.wsmigrate.speed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Remembers the checksum of every revision file text already parsed, so that checking a thousand
 * applied revisions reads one small file instead of parsing a thousand YAML documents. Entries are
 * keyed by a 128-bit hash of the file's whole text ({@link #textHash}): an edited file is a new
 * key, so an entry is never stale (barring two texts that share length and both sums, a 96-bit
 * accident), and the result is the one a full parse gives. The file name
 * carries the key and checksum formats ({@link #FILE_NAME}); a change to either, or to
 * the script package's {@code Checksums}, must rename it.
 *
 * <p>Best effort: a cache that cannot be read or written (a read-only checkout, a damaged line)
 * only means parsing again. New entries are appended as lines {@code <text key> <checksum>}.
 */
public final class ChecksumCache {
    public static final String FILE_NAME = "revision-checksums-v3.txt";
    private static final List<String> PREVIOUS_FILE_NAMES = List.of("revision-checksums-v1.txt", "revision-checksums-v2.txt");
    private static final Pattern LINE = Pattern.compile("[0-9a-f]{32} [0-9a-f]{64}");
    private static final int KEY_LENGTH = 32;
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final ChecksumCache NONE = new ChecksumCache(null, Map.of());

    private final Path file;
    private final Map<String, String> byTextHash;
    /** Lines put since the last {@link #write}: a thousand files parsed cost one append, not a thousand. */
    private final StringBuilder pending = new StringBuilder();

    private ChecksumCache(Path file, Map<String, String> byTextHash) {
        this.file = file;
        this.byTextHash = byTextHash;
    }

    /** A cache that remembers nothing. */
    public static ChecksumCache none() {
        return NONE;
    }

    /** The cache kept in {@code folder} (created when the first entry is written). */
    public static ChecksumCache in(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Map<String, String> entries = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (LINE.matcher(line).matches()) {
                    entries.put(line.substring(0, KEY_LENGTH), line.substring(KEY_LENGTH + 1));
                }
            }
        } catch (NoSuchFileException e) {
            // first use
        } catch (IOException | RuntimeException e) {
            entries.clear(); // unreadable: parse everything, as without a cache
        }
        return new ChecksumCache(file, entries);
    }

    /** Guarded as {@link #put} is: a fleet's workers look up while another one, compiling, puts. */
    public synchronized Optional<String> get(String textHash) {
        return Optional.ofNullable(byTextHash.get(textHash));
    }

    /** Remembered from now on; written to the file by the next {@link #write}. */
    public synchronized void put(String textHash, String checksum) {
        if (file == null || checksum.equals(byTextHash.put(textHash, checksum))) {
            return;
        }
        pending.append(textHash).append(' ').append(checksum).append('\n');
    }

    /** Appends the entries put since the last write, in one write. */
    public synchronized void write() {
        if (pending.isEmpty()) {
            return;
        }
        String lines = pending.toString();
        pending.setLength(0);
        try {
            if (!Files.exists(file)) {
                CacheFolder.create(file.getParent());
                for (String previous : PREVIOUS_FILE_NAMES) {
                    Files.deleteIfExists(file.resolveSibling(previous)); // its keys are never asked for again
                }
            }
            Files.writeString(file, lines, StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // not writable: the checksum is simply computed again next time
        }
    }

    /**
     * The key of a file text: its UTF-8 length, CRC-32C and 64-bit FNV-1a, 128 bits in hex. Not
     * SHA-256: short runs use the C1 compiler alone, which has no SHA intrinsic, and hashing a
     * thousand revision files took 40 ms; these run at memory speed. The cache only has to tell
     * edited texts apart, and an edit that keeps the length and both sums is a 96-bit accident.
     */
    public static String textHash(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        long fnv = FNV_OFFSET_BASIS;
        for (byte b : bytes) {
            fnv = (fnv ^ (b & 0xff)) * FNV_PRIME;
        }
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(bytes.length) + hex.toHexDigits((int) crc.getValue()) + hex.toHexDigits(fnv);
    }
}

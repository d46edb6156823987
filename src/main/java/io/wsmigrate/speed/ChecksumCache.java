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
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Remembers the checksum of every revision file text already parsed, so that checking a thousand
 * applied revisions reads one small file instead of parsing a thousand YAML documents. Entries are
 * keyed by a 96-bit key of the file's whole text ({@link #textHash}): an edited file is a new
 * key, so an entry is never stale (barring two texts that share length and both sums, a 64-bit
 * accident), and the result is the one a full parse gives. The file name
 * carries the key and checksum formats ({@link #FILE_NAME}); a change to either, or to
 * the script package's {@code Checksums}, must rename it.
 *
 * <p>Best effort: a cache that cannot be read or written (a read-only checkout, a damaged line)
 * only means parsing again. New entries are appended as lines {@code <text key> <checksum>}.
 */
public final class ChecksumCache {
    public static final String FILE_NAME = "revision-checksums-v4.txt";
    private static final List<String> PREVIOUS_FILE_NAMES = List.of("revision-checksums-v1.txt",
            "revision-checksums-v2.txt", "revision-checksums-v3.txt");
    private static final int KEY_LENGTH = 24;
    private static final int CHECKSUM_LENGTH = 64;
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
            parse(Files.readAllBytes(file), entries);
        } catch (NoSuchFileException e) {
            // first use
        } catch (IOException | RuntimeException e) {
            entries.clear(); // unreadable: parse everything, as without a cache
        }
        return new ChecksumCache(file, entries);
    }

    /**
     * Reads the lines {@code <24 hex> <64 hex>} of {@code bytes} into {@code entries}, skipping any
     * other line (a damaged one). By hand, not with a regular expression or a line reader: a no-op
     * {@code upgrade} reads a thousand lines here before its JIT has compiled anything, and the
     * interpreted regular expression took 20 ms of it.
     */
    static void parse(byte[] bytes, Map<String, String> entries) {
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (isEntry(bytes, start, end)) {
                entries.put(new String(bytes, start, KEY_LENGTH, StandardCharsets.ISO_8859_1),
                        new String(bytes, start + KEY_LENGTH + 1, CHECKSUM_LENGTH, StandardCharsets.ISO_8859_1));
            }
            start = end + 1;
        }
    }

    private static boolean isEntry(byte[] bytes, int start, int end) {
        if (end - start != KEY_LENGTH + 1 + CHECKSUM_LENGTH || bytes[start + KEY_LENGTH] != ' ') {
            return false;
        }
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            boolean hex = b >= '0' && b <= '9' || b >= 'a' && b <= 'f';
            if (!hex && i != start + KEY_LENGTH) {
                return false;
            }
        }
        return true;
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
     * The key of a file text: its UTF-8 length, CRC-32C and CRC-32, 96 bits in hex. Not SHA-256 nor
     * a hash written in Java: a short run is mostly interpreted (and then compiled by C1 alone), and
     * both CRCs run in the JVM's own stubs there. For a thousand revision files SHA-256 took 40 ms,
     * FNV-1a 13 ms, these 6 ms. The cache only has to tell edited texts apart: the two CRCs have
     * different generator polynomials, so an edit that keeps the length and both must change the
     * text by a multiple of their product, a 64-bit accident for an edit spread wider than that.
     */
    public static String textHash(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        HexFormat hex = HexFormat.of();
        return new StringBuilder(KEY_LENGTH).append(hex.toHexDigits(bytes.length))
                .append(hex.toHexDigits((int) crc32c.getValue())).append(hex.toHexDigits((int) crc32.getValue()))
                .toString();
    }
}

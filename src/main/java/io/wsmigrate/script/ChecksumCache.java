package io.wsmigrate.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Remembers the checksum of every revision file text already parsed, so that checking a thousand
 * applied revisions reads one small file instead of parsing a thousand YAML documents. Entries are
 * keyed by the SHA-256 of the file's whole text: an edited file is a new key, so an entry is never
 * stale, and the result is the one a full parse gives. The file name carries the checksum format
 * ({@link #FILE_NAME}); a change to {@link Checksums} must rename it.
 *
 * <p>Best effort: a cache that cannot be read or written (a read-only checkout, a damaged line)
 * only means parsing again. New entries are appended as lines {@code <text sha256> <checksum>}.
 */
final class ChecksumCache {
    static final String FILE_NAME = "revision-checksums-v1.txt";
    private static final Pattern LINE = Pattern.compile("[0-9a-f]{64} [0-9a-f]{64}");
    private static final ChecksumCache NONE = new ChecksumCache(null, Map.of());

    private final Path file;
    private final Map<String, String> byTextHash;

    private ChecksumCache(Path file, Map<String, String> byTextHash) {
        this.file = file;
        this.byTextHash = byTextHash;
    }

    /** A cache that remembers nothing. */
    static ChecksumCache none() {
        return NONE;
    }

    /** The cache kept in {@code folder} (created when the first entry is written). */
    static ChecksumCache in(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Map<String, String> entries = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (LINE.matcher(line).matches()) {
                    entries.put(line.substring(0, 64), line.substring(65));
                }
            }
        } catch (NoSuchFileException e) {
            // first use
        } catch (IOException | RuntimeException e) {
            entries.clear(); // unreadable: parse everything, as without a cache
        }
        return new ChecksumCache(file, entries);
    }

    Optional<String> get(String textHash) {
        return Optional.ofNullable(byTextHash.get(textHash));
    }

    void put(String textHash, String checksum) {
        if (file == null || checksum.equals(byTextHash.put(textHash, checksum))) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, textHash + " " + checksum + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // not writable: the checksum is simply computed again next time
        }
    }

    /** The key of a file text. */
    static String textHash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

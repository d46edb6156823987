package io.wsmigrate.speed;

import io.wsmigrate.revision.Direction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the SQL compiled from revision files between runs, so that an upgrade over a thousand
 * unchanged files neither parses their YAML nor starts Liquibase, and still finds a bad entry
 * before anything runs (only what compiled without error is remembered). Entries are keyed by the
 * script folder's key of the file's whole text and the direction: an edited file is a new key, so an entry is
 * never stale. The file name carries the {@link CompilerIdentity}, so another build of ws-migrate
 * or Liquibase starts afresh, and its first entry removes the files of other builds.
 *
 * <p>Best effort, as the checksum cache beside it: a file that cannot be read or written, or a
 * damaged line, only means compiling again. The file is read once, on the first lookup; new
 * entries are appended, one line each ({@link CacheLine}).
 */
public final class CompiledStepCache {
    public static final String FILE_PREFIX = "compiled-steps-";
    static final String FILE_SUFFIX = ".txt";
    private static final CompiledStepCache NONE = new CompiledStepCache(null);

    private final Path file;
    private Map<Key, StepSql> entries;

    private CompiledStepCache(Path file) {
        this.file = file;
    }

    /** A cache that remembers nothing, e.g. when the running build has no identity. */
    public static CompiledStepCache none() {
        return NONE;
    }

    /** The cache of {@code identity}'s builds kept in {@code folder} (created when the first entry is written). */
    public static CompiledStepCache in(Path folder, CompilerIdentity identity) {
        return new CompiledStepCache(folder.resolve(FILE_PREFIX + identity.value() + FILE_SUFFIX));
    }

    public Optional<StepSql> get(String textHash, Direction direction) {
        if (file == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries().get(new Key(textHash, direction)));
    }

    /** Whether nothing is remembered (a first run, or another build's): no lookup can find anything. */
    public boolean isEmpty() {
        return file == null || entries().isEmpty();
    }

    /** Appends the entries not yet remembered, all in one write; never fails the run. */
    public void putAll(List<CacheLine.Entry> newEntries) {
        if (file == null) {
            return;
        }
        Map<Key, StepSql> known = entries();
        StringBuilder lines = new StringBuilder();
        for (CacheLine.Entry entry : newEntries) {
            Key key = new Key(entry.textHash(), entry.direction());
            if (!entry.sql().equals(known.get(key))) {
                CacheLine.format(entry).ifPresent(line -> {
                    known.put(key, entry.sql());
                    lines.append(line).append('\n');
                });
            }
        }
        if (lines.length() > 0) {
            append(lines.toString());
        }
    }

    private void append(String lines) {
        try {
            if (!Files.exists(file)) {
                CacheFolder.create(file.getParent());
                deleteOtherBuildsFiles();
            }
            Files.writeString(file, lines, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // not writable (a read-only checkout): the steps are simply compiled again next time
        }
    }

    /** Another build's SQL is never read again: without this, every build would leave a file behind. */
    private void deleteOtherBuildsFiles() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), FILE_PREFIX + "*" + FILE_SUFFIX)) {
            for (Path other : files) {
                if (!other.getFileName().equals(file.getFileName())) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private Map<Key, StepSql> entries() {
        if (entries == null) {
            entries = read(file);
        }
        return entries;
    }

    private static Map<Key, StepSql> read(Path file) {
        Map<Key, StepSql> read = new HashMap<>();
        try {
            // ISO-8859-1 decodes any byte: a damaged byte spoils its line, not the file
            for (String line : Files.readString(file, StandardCharsets.ISO_8859_1).split("\n")) {
                CacheLine.parse(line).ifPresent(entry -> read.put(new Key(entry.textHash(), entry.direction()),
                        entry.sql()));
            }
        } catch (NoSuchFileException e) {
            // first use
        } catch (IOException | RuntimeException e) {
            read.clear(); // unreadable: compile everything, as without a cache
        }
        return read;
    }

    private record Key(String textHash, Direction direction) {
    }
}

package io.wsmigrate.speed;

import io.wsmigrate.revision.Direction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
 * entries are appended, one line each ({@link CacheLine}), on another thread: they are for the next
 * run, and a run's steps need not wait for them. {@link #close} waits until they are written.
 */
public final class CompiledStepCache implements AutoCloseable {
    public static final String FILE_PREFIX = "compiled-steps-";
    static final String FILE_SUFFIX = ".txt";
    private static final CompiledStepCache NONE = new CompiledStepCache(null, Optional::empty);

    /** Where the file is; null for {@link #none}. */
    private final Path folder;
    private final Supplier<Optional<CompilerIdentity>> identity;
    private final Object fileLock = new Object();
    /** The file of this build, once its identity was asked for; empty: nothing is remembered. */
    private Optional<Path> file;
    /** What the file holds (and was appended since), read on the first lookup. */
    private Map<Key, StepSql> entries;
    /** The lines being appended, null when none are. */
    private Overlapped<Void> writing;

    private CompiledStepCache(Path folder, Supplier<Optional<CompilerIdentity>> identity) {
        this.folder = folder;
        this.identity = identity;
    }

    /** A cache that remembers nothing, e.g. when the running build has no identity. */
    public static CompiledStepCache none() {
        return NONE;
    }

    /** The cache of {@code identity}'s builds kept in {@code folder} (created when the first entry is written). */
    public static CompiledStepCache in(Path folder, CompilerIdentity identity) {
        return in(folder, () -> Optional.of(identity));
    }

    /**
     * The same, for the build {@code identity} tells (empty: remember nothing). It is asked for
     * only when a lookup could find something or entries are written: telling the build looks
     * through the classpath's jars, and a first run's steps wait for neither.
     */
    public static CompiledStepCache in(Path folder, Supplier<Optional<CompilerIdentity>> identity) {
        return new CompiledStepCache(folder, identity);
    }

    public synchronized Optional<StepSql> get(String textHash, Direction direction) {
        if (folder == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries().get(new Key(textHash, direction)));
    }

    /**
     * Whether nothing is remembered (a first run, or another build's): no lookup can find anything.
     * With no build's file in the folder, that is known without telling the build.
     */
    public synchronized boolean isEmpty() {
        if (folder == null) {
            return true;
        }
        if (entries == null && !anyBuildsFile()) {
            entries = new HashMap<>();
        }
        return entries().isEmpty();
    }

    /**
     * Appends the entries not yet remembered, all in one write, on another thread (after the
     * write before, if that has not ended); never fails the run.
     */
    public synchronized void putAll(List<CacheLine.Entry> newEntries) {
        if (folder == null || newEntries.isEmpty()) {
            return;
        }
        List<CacheLine.Entry> entriesToPut = List.copyOf(newEntries);
        Overlapped<Void> before = writing;
        writing = Overlapped.start("ws-migrate-compiled-steps", () -> {
            if (before != null) {
                before.awaitQuietly();
            }
            file().ifPresent(path -> append(path, unknown(entriesToPut)));
            return null;
        });
    }

    /** Waits until the entries put are written (or could not be), even when interrupted. */
    @Override
    public void close() {
        Overlapped<Void> last;
        synchronized (this) {
            last = writing;
            writing = null;
        }
        if (last != null) {
            last.awaitUninterruptibly(); // returning sooner, the JVM's exit could cut the lines short
        }
    }

    /** Of {@code candidates}, those not remembered yet with the same SQL, remembered from now on. */
    private synchronized List<CacheLine.Entry> unknown(List<CacheLine.Entry> candidates) {
        Map<Key, StepSql> known = entries();
        List<CacheLine.Entry> added = new ArrayList<>();
        for (CacheLine.Entry entry : candidates) {
            Key key = new Key(entry.textHash(), entry.direction());
            if (!entry.sql().equals(known.get(key))) {
                known.put(key, entry.sql());
                added.add(entry);
            }
        }
        return added;
    }

    /** The lines of {@code added}, appended; an entry that has no line (see {@link CacheLine#format}) is left out. */
    private void append(Path path, List<CacheLine.Entry> added) {
        StringBuilder lines = new StringBuilder();
        for (CacheLine.Entry entry : added) {
            CacheLine.format(entry).ifPresent(line -> lines.append(line).append('\n'));
        }
        if (lines.length() > 0) {
            append(path, lines.toString());
        }
    }

    private Optional<Path> file() {
        synchronized (fileLock) {
            if (file == null) {
                file = identity.get().map(id -> folder.resolve(FILE_PREFIX + id.value() + FILE_SUFFIX));
            }
            return file;
        }
    }

    /** Whether any build's file is in the folder (true when that cannot be told). */
    private boolean anyBuildsFile() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, FILE_PREFIX + "*" + FILE_SUFFIX)) {
            return files.iterator().hasNext();
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static void append(Path file, String lines) {
        try {
            if (!Files.exists(file)) {
                CacheFolder.create(file.getParent());
                deleteOtherBuildsFiles(file);
            }
            Files.writeString(file, lines, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // not writable (a read-only checkout): the steps are simply compiled again next time
        }
    }

    /** Another build's SQL is never read again: without this, every build would leave a file behind. */
    private static void deleteOtherBuildsFiles(Path file) throws IOException {
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
            entries = file().map(CompiledStepCache::read).orElseGet(HashMap::new);
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

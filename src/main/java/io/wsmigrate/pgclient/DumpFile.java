package io.wsmigrate.pgclient;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A dump's destination: pg_dump writes into a temporary file (or folder, for the directory format)
 * next to it, which moves into place only once pg_dump succeeded, so a failed or interrupted dump
 * never leaves a half-written file under the real name, nor replaces a good older dump. The file
 * is readable by its owner only, as a dump holds all the data. Its name carries our pid, so the
 * next dump to the same file deletes what a killed run left.
 */
final class DumpFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private boolean published;

    private DumpFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    static DumpFile prepare(Path target, boolean directoryFormat) {
        checkTarget(target, directoryFormat);
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String prefix = "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-";
        removeStale(folder, absolute.getFileName().toString());
        try {
            return new DumpFile(absolute, directoryFormat ? Files.createTempDirectory(folder, prefix)
                    : Files.createTempFile(folder, prefix, ".partial"));
        } catch (IOException e) {
            throw new ToolException("cannot create a temporary file in " + folder + " for the dump: " + e.getMessage()
                    + "; check that the folder is writable", e);
        }
    }

    /** Fails when the dump could not be moved to {@code given} later. */
    static void checkTarget(Path given, boolean directoryFormat) {
        Path absolute = given.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw usage("the folder of the dump file " + given + " does not exist; create it first");
        }
        if (!directoryFormat && Files.isDirectory(absolute)) {
            throw usage("the dump file " + given + " is a folder; name a file, or use pg_dump's directory format (-Fd)");
        }
        if (directoryFormat && Files.exists(absolute) && !isEmptyFolder(absolute)) {
            throw usage("the directory-format dump " + given + " already exists and is not an empty folder; "
                    + "remove it or name a new folder");
        }
    }

    Path temporary() {
        return temporary;
    }

    Path target() {
        return target;
    }

    /** Moves the finished dump into place, replacing an older file of that name. */
    void publish() {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            published = true;
        } catch (IOException e) {
            throw new ToolException("pg_dump succeeded but the dump could not be moved to " + target + ": " + e
                    + "; it was deleted, check the folder and try again", e);
        }
    }

    /** Deletes the temporary file or folder unless it was published. */
    @Override
    public void close() {
        if (published) {
            return;
        }
        try (Stream<Path> paths = Files.exists(temporary) ? Files.walk(temporary) : Stream.empty()) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new ToolException("cannot delete the unfinished dump " + temporary + ": " + e.getMessage()
                    + "; delete it yourself", e);
        }
    }

    /**
     * Deletes the unfinished dumps of this target that a killed run (SIGKILL: no cleanup) left,
     * recognised by the pid in their name, whose process is gone.
     */
    private static void removeStale(Path folder, String targetName) {
        java.util.regex.Pattern own = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote("." + targetName + ".") + "(\\d+)-.*");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "." + targetName.replaceAll("[*?{}\\[\\]\\\\]", "?") + ".*")) {
            for (Path entry : entries) {
                java.util.regex.Matcher m = own.matcher(entry.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true)) {
                    new DumpFile(entry, entry).close();
                }
            }
        } catch (IOException | RuntimeException e) {
            // tried again next time; the new dump does not depend on it
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static WsMigrateException usage(String message) {
        return new WsMigrateException(ExitCode.USAGE, message);
    }
}

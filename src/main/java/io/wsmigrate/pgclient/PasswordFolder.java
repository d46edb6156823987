package io.wsmigrate.pgclient;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where password files for psql and pg_dump live: a folder of the user's own in the temporary
 * folder ({@code ws-migrate-<user>}, mode 0700), each file named after the process that wrote it.
 * A run killed with SIGKILL cannot delete its file; the next run of ws-migrate deletes every file
 * whose process is gone ({@link #removeStale()}), so a password is never left behind for longer
 * than until then, and never readable by anyone else meanwhile.
 */
public final class PasswordFolder {
    private static final String FILE_PREFIX = "pgpass-";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PasswordFolder() {
    }

    /** The folder, created private if missing; null where it cannot be made private to us. */
    static Path folder() {
        Path folder = location();
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder.getParent());
                if (isPosix()) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectory(folder);
                }
            }
            return isPrivate(folder) ? folder : null;
        } catch (IOException e) {
            return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && isPrivate(folder) ? folder : null;
        }
    }

    /** A file name for this process. */
    static String fileName(long sequence) {
        return FILE_PREFIX + ProcessHandle.current().pid() + "-" + sequence;
    }

    /**
     * Deletes the password files of processes that no longer run. Cheap when there are none: one
     * look at a folder that usually does not exist. Never fails: a file it cannot delete is tried
     * again next time.
     */
    public static void removeStale() {
        Path folder = location();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !isPrivate(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                long pid = writerOf(file.getFileName().toString());
                if (pid >= 0 && !running(pid)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tried again at the next start
        }
    }

    /**
     * The process that wrote the file {@code name} ({@code pgpass-<pid>-<sequence>}), or -1 for
     * another file. By hand, not with a regular expression: every start of ws-migrate runs this
     * before the prefetch starts, and two compiled patterns and a {@code replaceAll} were a few
     * milliseconds of that wait.
     */
    static long writerOf(String name) {
        if (!name.startsWith(FILE_PREFIX)) {
            return -1;
        }
        int dash = name.indexOf('-', FILE_PREFIX.length());
        if (dash < 0 || !digits(name, FILE_PREFIX.length(), dash) || !digits(name, dash + 1, name.length())) {
            return -1;
        }
        try {
            return Long.parseLong(name, FILE_PREFIX.length(), dash, 10);
        } catch (NumberFormatException e) {
            return -1; // more digits than a pid has
        }
    }

    private static boolean digits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Path location() {
        String name = System.getProperty("user.name", "user");
        StringBuilder user = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            int c = name.codePointAt(i);
            boolean kept = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == '-';
            user.append(kept ? (char) c : '_'); // one '_' per character, as replaceAll("[^A-Za-z0-9._-]", "_") gives
        }
        return Path.of(System.getProperty("java.io.tmpdir")).resolve("ws-migrate-" + user);
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Ours, a real folder, and closed to everyone else: else somebody could read or plant files in it. */
    private static boolean isPrivate(Path folder) {
        try {
            if (Files.isSymbolicLink(folder)) {
                return false;
            }
            if (!isPosix()) {
                return true; // Windows: the temporary folder is the user's own
            }
            String owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName();
            return owner.equals(System.getProperty("user.name"))
                    && Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}

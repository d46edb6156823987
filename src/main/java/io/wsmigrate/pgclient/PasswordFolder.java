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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where password files for psql and pg_dump live: a folder of the user's own in the temporary
 * folder ({@code ws-migrate-<user>}, mode 0700), each file named after the process that wrote it.
 * A run killed with SIGKILL cannot delete its file; the next run of ws-migrate deletes every file
 * whose process is gone ({@link #removeStale()}), so a password is never left behind for longer
 * than until then, and never readable by anyone else meanwhile.
 */
public final class PasswordFolder {
    private static final Pattern FILE_NAME = Pattern.compile("pgpass-(\\d+)-\\d+");
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
        return "pgpass-" + ProcessHandle.current().pid() + "-" + sequence;
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
                Matcher m = FILE_NAME.matcher(file.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(1)))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tried again at the next start
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Path location() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
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

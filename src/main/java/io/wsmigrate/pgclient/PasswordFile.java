package io.wsmigrate.pgclient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A libpq password file ({@code PGPASSFILE}) holding the configured password for the length of
 * one child process: created readable by the owner only (0600, from the first byte on), in the
 * user's private {@link PasswordFolder}, deleted when closed, by a shutdown hook if the JVM is
 * stopped before that, and by the next run if the JVM was killed. A password in the
 * environment ({@code PGPASSWORD}) or on the command line would be readable by other processes.
 */
final class PasswordFile implements AutoCloseable {
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime() & 0xffff);
    private final Path path;
    private final Thread cleanup;

    private PasswordFile(Path path) {
        this.path = path;
        this.cleanup = new Thread(() -> delete(), "ws-migrate password file cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** One line per configured host: the password goes to these servers and this user only. */
    static PasswordFile create(LibpqConnection connection) {
        if (connection.password().contains("\n") || connection.password().contains("\r")) {
            throw new ToolException("the database password contains a line break, which a libpq password file "
                    + "cannot hold; psql and pg_dump cannot use it");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < connection.hosts().size(); i++) {
            String port = connection.ports().get(Math.min(i, connection.ports().size() - 1));
            lines.add(String.join(":", escape(connection.hosts().get(i)), escape(port), "*",
                    connection.user() == null ? "*" : escape(connection.user()), escape(connection.password())));
        }
        PasswordFile file = null;
        try {
            file = new PasswordFile(newFile());
            Files.write(file.path(), lines, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            if (file != null) {
                file.close();
            }
            throw new ToolException("cannot write a temporary password file for the client programs in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage()
                    + "; check that the temporary folder is writable", e);
        }
    }

    /** In the private folder, after clearing out files that killed runs left; else a temporary file. */
    private static Path newFile() throws IOException {
        PasswordFolder.removeStale();
        Path folder = PasswordFolder.folder();
        if (folder == null) {
            return Files.createTempFile("ws-migrate-", ".pgpass", ownerOnly());
        }
        while (true) {
            try {
                return Files.createFile(folder.resolve(PasswordFolder.fileName(SEQUENCE.incrementAndGet())), ownerOnly());
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // left by an earlier process with our pid: take the next name
            }
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it deletes the file
        }
        if (!delete()) {
            throw new ToolException("cannot delete the temporary password file " + path
                    + ", which holds the database password; delete it yourself");
        }
    }

    private boolean delete() {
        try {
            Files.deleteIfExists(path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** libpq reads {@code \:} and {@code \\} as literal characters in every field. */
    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0]; // Windows: the temporary folder is already private to the user
    }
}

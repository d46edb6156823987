package io.wsmigrate.speed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The project's {@code .ws-migrate/cache}, where work done on revision files is remembered. It
 * ignores itself in git: what it holds is derived, local to one machine and build, and its SQL is
 * executed, so it must never travel in a commit.
 */
public final class CacheFolder {
    static final String GIT_IGNORE = ".gitignore";

    private CacheFolder() {
    }

    /**
     * Creates {@code folder} if needed, with a {@code .gitignore} that ignores everything in it; the
     * project's {@code .ws-migrate} folder around the cache gets one too, whatever the project's own
     * {@code .gitignore} says.
     */
    public static void create(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(".ws-migrate")) {
            ignoreAll(parent);
        }
        ignoreAll(folder);
    }

    private static void ignoreAll(Path folder) throws IOException {
        try {
            Files.writeString(folder.resolve(GIT_IGNORE),
                    "# written by ws-migrate: local state (embedded database, cache), never committed\n*\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // written by an earlier run, or by the user: theirs to keep
        }
    }
}

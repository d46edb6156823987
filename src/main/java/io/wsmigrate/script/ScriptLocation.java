package io.wsmigrate.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a scripts folder lives: a folder on disk (read-write), or a folder inside the classpath
 * (read-only), so that a reusable library can ship its migrations inside its own jar.
 */
public sealed interface ScriptLocation permits ScriptLocation.Folder, ScriptLocation.Classpath {
    String CLASSPATH_PREFIX = "classpath:";

    /** How the location is written in settings and messages. */
    String describe();

    /**
     * Reads a {@code migrations.location} setting: {@code classpath:some/folder} is searched in
     * {@code classpath} (directories and jars, in order); anything else is a folder relative to
     * {@code baseDir}.
     */
    static ScriptLocation parse(String location, Path baseDir, List<Path> classpath) {
        if (location.startsWith(CLASSPATH_PREFIX)) {
            return new Classpath(location.substring(CLASSPATH_PREFIX.length()), classpath);
        }
        return new Folder(baseDir.resolve(location));
    }

    /** A scripts folder on disk. */
    record Folder(Path path) implements ScriptLocation {
        public Folder {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /**
     * A scripts folder inside the classpath. {@code folder} is a resource path such as
     * {@code com/acme/billing/migrations} (leading and trailing slashes are dropped); {@code entries}
     * are the directories and jars to search, in order. Jars are read directly rather than through a
     * class loader, because jars built without directory entries hide their folders from
     * {@code ClassLoader.getResources}.
     */
    record Classpath(String folder, List<Path> entries) implements ScriptLocation {
        public Classpath {
            Objects.requireNonNull(folder, "folder");
            folder = trimSlashes(folder.replace('\\', '/'));
            entries = List.copyOf(entries == null ? List.of() : entries);
        }

        @Override
        public String describe() {
            return CLASSPATH_PREFIX + folder;
        }

        private static String trimSlashes(String folder) {
            int start = 0;
            int end = folder.length();
            while (start < end && folder.charAt(start) == '/') {
                start++;
            }
            while (end > start && folder.charAt(end - 1) == '/') {
                end--;
            }
            return folder.substring(start, end);
        }
    }
}

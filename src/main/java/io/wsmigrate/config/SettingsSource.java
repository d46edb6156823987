package io.wsmigrate.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * One YAML source of settings: a file on disk, or a resource read through a class loader
 * ({@code classpath:some/path.yaml}). Includes resolve relative to the source that names them.
 */
record SettingsSource(Path file, String resource) {
    static final String CLASSPATH_PREFIX = "classpath:";

    static SettingsSource ofFile(Path file) {
        return new SettingsSource(file.normalize(), null);
    }

    static SettingsSource ofResource(String name) {
        String trimmed = name.startsWith("/") ? name.substring(1) : name;
        return new SettingsSource(null, normalizeResource(trimmed));
    }

    boolean isClasspath() {
        return file == null;
    }

    String displayName() {
        return isClasspath() ? CLASSPATH_PREFIX + resource : file.toString();
    }

    /** Equal for the same file however it was reached, so include cycles are recognised. */
    String identity() {
        return isClasspath() ? displayName() : file.toAbsolutePath().normalize().toString();
    }

    /** The folder of a file source; null for a classpath resource, which has no folder on disk. */
    Path directory() {
        return isClasspath() ? null : file.toAbsolutePath().normalize().getParent();
    }

    /** The source an {@code include} entry names, relative to this source unless it says {@code classpath:}. */
    SettingsSource resolve(String reference) {
        if (reference.startsWith(CLASSPATH_PREFIX)) {
            return ofResource(reference.substring(CLASSPATH_PREFIX.length()));
        }
        if (isClasspath()) {
            int slash = resource.lastIndexOf('/');
            return ofResource(slash < 0 ? reference : resource.substring(0, slash + 1) + reference);
        }
        return ofFile(file.resolveSibling(Path.of(reference)));
    }

    boolean exists(ClassLoader classLoader) {
        return isClasspath() ? classLoader.getResource(resource) != null : Files.isRegularFile(file);
    }

    Reader open(ClassLoader classLoader) throws IOException {
        if (!isClasspath()) {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        InputStream stream = classLoader.getResourceAsStream(resource);
        if (stream == null) {
            throw new IOException("resource not found");
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder());
    }

    // Class loaders want "a/b.yaml", never "a/./b.yaml" or "a/x/../b.yaml".
    private static String normalizeResource(String name) {
        try {
            return Path.of(name).normalize().toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return name;
        }
    }
}

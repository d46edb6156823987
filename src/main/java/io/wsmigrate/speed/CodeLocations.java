package io.wsmigrate.speed;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where the running program's classes come from, for the fingerprints that key what is remembered
 * between runs (the compiled steps' build, the entity model's): a class's jar or folder, and the jar
 * a resource lies in, found without loading the class it names. Empty for anything not on the
 * local file system.
 */
public final class CodeLocations {
    private CodeLocations() {
    }

    /** The jar or folder {@code type} was loaded from. */
    public static Optional<Path> of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? Optional.empty() : file(source.getLocation());
    }

    /** The jar that holds {@code resource} for {@code loader}; empty when none does, or a folder does. */
    public static Optional<Path> jarOf(ClassLoader loader, String resource) {
        URL url = loader == null ? null : loader.getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            // only parses the URL: the jar is not opened until the connection is used
            return file(((JarURLConnection) url.openConnection()).getJarFileURL());
        } catch (IOException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** A {@code file:} URL as an absolute path. */
    public static Optional<Path> file(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()).toAbsolutePath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package io.wsmigrate.entities;

import io.wsmigrate.speed.CodeLocations;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What of the running program decides how entities become a model: the JVM, ws-migrate's own
 * classes and every entry of its classpath (the launcher's jar and the jars its manifest names, a
 * test's folders), and the jars its Hibernate, JPA, Hibernate Models and Bean Validation classes
 * come from, which a plugin host's classpath does not list. Worked out once per run.
 */
final class BuildFingerprint {
    /** Classes whose jars shape the model, found as resources so that asking loads none of them. */
    private static final String[] SHAPING = {
        "org/hibernate/Version.class", "jakarta/persistence/Entity.class",
        "org/hibernate/models/spi/ClassDetails.class", "org/hibernate/validator/HibernateValidator.class",
        "net/bytebuddy/ByteBuddy.class",
    };
    private static String value;

    private BuildFingerprint() {
    }

    static synchronized String value() throws IOException {
        if (value == null) {
            ClasspathFingerprint fingerprint = new ClasspathFingerprint()
                    .line("java " + System.getProperty("java.home") + " " + System.getProperty("java.vm.version")
                            + " " + System.getProperty("java.runtime.version"));
            for (Path location : locations()) {
                fingerprint.build(location);
            }
            value = fingerprint.hex();
        }
        return value;
    }

    private static Set<Path> locations() throws IOException {
        Set<Path> locations = new LinkedHashSet<>();
        CodeLocations.of(BuildFingerprint.class).ifPresent(locations::add);
        for (String resource : SHAPING) {
            CodeLocations.jarOf(BuildFingerprint.class.getClassLoader(), resource).ifPresent(locations::add);
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path path = Path.of(entry).toAbsolutePath();
                locations.add(path);
                manifestClassPath(path, locations);
            }
        }
        return locations;
    }

    /** The jars and folders a jar's manifest adds ({@code Class-Path}: the launcher's lib/, a test fork's). */
    private static void manifestClassPath(Path jar, Set<Path> locations) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return;
            }
            URL base = jar.toUri().toURL();
            for (String entry : classPath.trim().split("\\s+")) {
                if (!entry.isEmpty()) {
                    CodeLocations.file(new URL(base, entry)).ifPresent(locations::add);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

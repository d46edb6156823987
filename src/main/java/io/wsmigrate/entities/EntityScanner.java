package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the mapped classes of the configured packages by reading the classpath entries directly:
 * directories are walked, jars are read entry by entry. {@code ClassLoader.getResources(package)}
 * is not used because it misses jars that have no directory entries. No class is loaded here.
 */
public final class EntityScanner {
    private static final String CLASS_SUFFIX = ".class";
    private static final String PACKAGE_INFO = "package-info";

    private EntityScanner() {
    }

    public static ScannedClasses scan(EntitySource source) {
        List<String> prefixes = source.packages().stream().map(EntityScanner::packagePath).toList();
        Collector collector = new Collector(prefixes, source.includeSubpackages());
        for (Path entry : source.classpath()) {
            try {
                if (Files.isDirectory(entry)) {
                    scanDirectory(entry, collector);
                } else if (Files.isRegularFile(entry)) {
                    scanJar(entry, collector);
                } else {
                    throw new WsMigrateException(ExitCode.MODEL, "entities classpath entry " + entry
                            + " does not exist; build the project first or fix the entities classpath");
                }
            } catch (IOException | UncheckedIOException e) {
                throw new WsMigrateException(ExitCode.MODEL, "cannot read entities classpath entry " + entry
                        + ": " + e.getMessage() + "; check that it is a readable directory or jar", e);
            }
        }
        return new ScannedClasses(new ArrayList<>(collector.classNames), new ArrayList<>(collector.packages));
    }

    /** {@code com.example.model} → {@code com/example/model/}; the empty name means every package. */
    static String packagePath(String packageName) {
        String trimmed = packageName.trim();
        if (trimmed.isEmpty()) {
            return "";
        }
        if ( !trimmed.matches("[\\p{javaJavaIdentifierPart}.]+")
                || trimmed.startsWith(".") || trimmed.endsWith(".") || trimmed.contains("..")) {
            throw new WsMigrateException(ExitCode.CONFIG, "'" + packageName
                    + "' is not a Java package name; list packages such as com.example.model in the entities settings");
        }
        return trimmed.replace('.', '/') + "/";
    }

    private static void scanDirectory(Path root, Collector collector) throws IOException {
        for (String prefix : collector.prefixes) {
            Path packageDir = root.resolve(prefix);
            if (!Files.isDirectory(packageDir)) {
                continue;
            }
            int depth = collector.includeSubpackages ? Integer.MAX_VALUE : 1;
            try (Stream<Path> files = Files.walk(packageDir, depth)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String relative = relativeName(root, file);
                    if (collector.wants(relative)) {
                        collector.accept(relative, Files.readAllBytes(file));
                    }
                }
            }
        }
    }

    private static void scanJar(Path jarPath, Collector collector) throws IOException {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && collector.wants(entry.getName())) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        collector.accept(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static String relativeName(Path root, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            name.append(name.length() == 0 ? "" : "/").append(part);
        }
        return name.toString();
    }

    /** Gathers matches in classpath order; the first entry that holds a class wins, as for a class loader. */
    private static final class Collector {
        final List<String> prefixes;
        final boolean includeSubpackages;
        final Set<String> seen = new LinkedHashSet<>();
        final Set<String> classNames = new LinkedHashSet<>();
        final Set<String> packages = new LinkedHashSet<>();

        Collector(List<String> prefixes, boolean includeSubpackages) {
            this.prefixes = prefixes;
            this.includeSubpackages = includeSubpackages;
        }

        boolean wants(String entryName) {
            if (!entryName.endsWith(CLASS_SUFFIX) || seen.contains(entryName)) {
                return false;
            }
            for (String prefix : prefixes) {
                if (entryName.startsWith(prefix)
                        && (includeSubpackages || entryName.indexOf('/', prefix.length()) < 0)) {
                    return true;
                }
            }
            return false;
        }

        void accept(String entryName, byte[] classFile) {
            seen.add(entryName);
            String binaryName = entryName.substring(0, entryName.length() - CLASS_SUFFIX.length()).replace('/', '.');
            int lastDot = binaryName.lastIndexOf('.');
            String simpleName = binaryName.substring(lastDot + 1);
            if (simpleName.equals(PACKAGE_INFO)) {
                packages.add(binaryName.substring(0, lastDot));
            } else if (!simpleName.equals("module-info") && ClassFileAnnotations.mayBeMapped(classFile)) {
                classNames.add(binaryName);
            }
        }
    }
}

package io.wsmigrate.classpath;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands written classpath entries into the jars and folders a class loader reads, in the order
 * written: a glob becomes the jars (and, when its last part is not a bare {@code *}, the folders)
 * it matches, sorted by name; any other entry stays as it is. A folder that holds jars and no class
 * is refused: as on a java command line, the folder itself would add nothing.
 */
public final class ClasspathEntries {
    private ClasspathEntries() {
    }

    /** The entries with their globs expanded; duplicates are dropped, the first place kept. */
    public static List<Path> expand(List<Path> written) {
        LinkedHashSet<Path> expanded = new LinkedHashSet<>();
        for (Path entry : written) {
            if (Glob.isPattern(entry)) {
                List<Path> matches = Glob.of(entry).matches();
                if (matches.isEmpty()) {
                    throw new WsMigrateException(ExitCode.MODEL, "migrations.classpath entry " + entry
                            + " matches no jar or folder; build the project first or fix the pattern");
                }
                expanded.addAll(matches);
            } else {
                refuseFolderOfJars(entry);
                expanded.add(entry);
            }
        }
        return List.copyOf(expanded);
    }

    /** A folder with jars in it and no class anywhere below: the user meant its jars. */
    static void refuseFolderOfJars(Path entry) {
        if (!Files.isDirectory(entry) || !holdsJars(entry) || holdsClasses(entry)) {
            return;
        }
        throw new WsMigrateException(ExitCode.MODEL, "migrations.classpath entry " + entry + " is a folder of jars"
                + " with no classes; write " + entry.resolve("*.jar") + " to put its jars on the classpath");
    }

    static boolean isJar(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    private static boolean holdsJars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> isJar(file) && Files.isRegularFile(file));
        } catch (IOException | UncheckedIOException e) {
            return false; // unreadable: the scan reports it
        }
    }

    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".class"));
        } catch (IOException | UncheckedIOException e) {
            return true; // unreadable: the scan reports it
        }
    }
}

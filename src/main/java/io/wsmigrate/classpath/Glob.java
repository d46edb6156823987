package io.wsmigrate.classpath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * A classpath entry with glob characters: {@code lib/*.jar}, {@code lib/*} (its jars, as java's
 * {@code -cp lib/*}), {@code lib/**} or {@code lib/**}{@code /*.jar} (the jars below it, at any
 * depth, {@code **}{@code /} matching no folder too, as in Ant and Gradle), {@code modules/*}{@code /target/classes}.
 * The walk starts at the longest leading part without glob characters.
 */
record Glob(Path base, Path pattern, int depth, boolean foldersToo) {
    private static final String GLOB_CHARACTERS = "*?[{";

    static boolean isPattern(Path entry) {
        return entry.toString().chars().anyMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0);
    }

    static Glob of(Path pattern) {
        Path base = pattern.getRoot();
        int firstGlob = 0;
        for (Path part : pattern) {
            if (isPattern(part)) {
                break;
            }
            base = base == null ? part : base.resolve(part);
            firstGlob++;
        }
        int depth = pattern.getNameCount() - firstGlob;
        boolean recursive = pattern.toString().contains("**");
        String last = pattern.getFileName().toString();
        boolean foldersToo = !last.equals("*") && !last.equals("**");
        return new Glob(base, pattern, recursive ? Integer.MAX_VALUE : depth, foldersToo);
    }

    /** The jars and folders it matches, sorted by name; empty when none, or when its base is missing. */
    List<Path> matches() {
        if (base == null || !Files.isDirectory(base)) {
            return List.of();
        }
        List<PathMatcher> matchers = matchers();
        try (Stream<Path> files = Files.walk(base, depth)) {
            return files.filter(file -> !file.equals(base))
                    .filter(file -> matchers.stream().anyMatch(m -> m.matches(file)))
                    .filter(file -> Files.isDirectory(file) ? foldersToo : ClasspathEntries.isJar(file))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** {@code a/**}{@code /b} also as {@code a/b}. Written with {@code /}, which a glob reads as the separator everywhere. */
    private List<PathMatcher> matchers() {
        String glob = pattern.toString().replace(pattern.getFileSystem().getSeparator(), "/");
        List<String> globs = glob.contains("/**/") ? List.of(glob, glob.replace("/**/", "/")) : List.of(glob);
        return globs.stream().map(text -> pattern.getFileSystem().getPathMatcher("glob:" + text)).toList();
    }
}

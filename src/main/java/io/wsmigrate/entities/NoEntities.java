package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error for packages that hold no {@code @Entity} class, kept to one short line: it names the
 * package and the number of classpath entries (never the entries: a build's classpath is kilobytes),
 * and suggests the packages of the classpath that do hold mapped classes, the closest names first.
 */
final class NoEntities {
    private static final int SUGGESTIONS = 3;

    private NoEntities() {
    }

    static WsMigrateException error(EntitySource source) {
        String packages = String.join(", ", source.packages().stream().map(p -> p.isEmpty() ? "(all packages)" : p)
                .toList());
        String where = "no @Entity classes in " + packages + (source.includeSubpackages() ? " or its subpackages" : "")
                + " on migrations.classpath (" + source.classpath().size()
                + (source.classpath().size() == 1 ? " entry)" : " entries)");
        List<String> found = suggestions(source);
        String advice = found.isEmpty()
                ? "; the classpath holds no entity class at all: build the project first, or fix migrations.classpath"
                : "; mapped classes are in " + String.join(", ", found) + ": fix migrations.package";
        return new WsMigrateException(ExitCode.MODEL, where + advice);
    }

    /** The packages with mapped classes on the classpath, the ones closest to what was written first. */
    private static List<String> suggestions(EntitySource source) {
        ScannedClasses everything;
        try {
            everything = EntityScanner.scan(new EntitySource(source.classpath(), List.of(""), true, Map.of()));
        } catch (WsMigrateException e) {
            return List.of();
        }
        String written = source.packages().isEmpty() ? "" : source.packages().get(0);
        return everything.classNames().stream()
                .map(name -> name.lastIndexOf('.') < 0 ? "" : name.substring(0, name.lastIndexOf('.')))
                .filter(name -> !name.isEmpty() && !source.packages().contains(name)).distinct()
                .sorted(Comparator.comparingInt((String name) -> -sharedParts(name, written)).thenComparing(name -> name))
                .limit(SUGGESTIONS).toList();
    }

    /** How many dotted parts the names share: {@code com.exmaple.shop} is closest to {@code com.example.shop}. */
    static int sharedParts(String a, String b) {
        Set<String> parts = new HashSet<>(Arrays.asList(b.split("\\.")));
        return (int) Arrays.stream(a.split("\\.")).distinct().filter(parts::contains).count();
    }
}

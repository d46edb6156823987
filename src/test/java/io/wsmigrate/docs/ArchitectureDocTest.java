package io.wsmigrate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package table of {@code docs/architecture.md} against the code: it lists every package, and
 * each package imports only the packages its row names (or, for "all of the above", any package
 * above it in the table).
 */
class ArchitectureDocTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Path SOURCES = REPOSITORY.resolve("src/main/java/io/wsmigrate");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(?:io\\.wsmigrate` \\(root\\)|([a-z]+)`) \\|.*\\| ([^|]+) \\|$");
    private static final Pattern IMPORT = Pattern.compile("io\\.wsmigrate\\.([a-z]+)\\.[A-Z]");
    private static final String ROOT = "";

    @Test
    void thePackageTableListsEveryPackage() throws IOException {
        Set<String> packages = new TreeSet<>(imports().keySet());
        assertThat(table().keySet()).as("packages in docs/architecture.md").containsExactlyInAnyOrderElementsOf(packages);
    }

    @Test
    void everyPackageUsesOnlyWhatItsRowSays() throws IOException {
        Map<String, String> table = table();
        List<String> order = new ArrayList<>(table.keySet());
        imports().forEach((pkg, used) -> {
            String uses = table.get(pkg);
            if (uses == null) {
                return; // reported by the test above
            }
            Set<String> allowed = new TreeSet<>();
            if (uses.contains("all of the above")) {
                allowed.addAll(order.subList(0, order.indexOf(pkg)));
            }
            Matcher word = Pattern.compile("[a-z]+").matcher(uses);
            while (word.find()) {
                allowed.add(word.group());
            }
            assertThat(allowed).as("packages that docs/architecture.md says " + display(pkg) + " uses")
                    .containsAll(used);
        });
    }

    /** Package (root as "") → its "uses" column, in table order. */
    private static Map<String, String> table() throws IOException {
        String page = Files.readString(REPOSITORY.resolve("docs/architecture.md"));
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            rows.put(m.group(1) == null ? ROOT : m.group(1), m.group(2));
        }
        return rows;
    }

    /** Package (root as "") → the other non-root packages its sources import. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path folder = SOURCES.relativize(file.getParent());
                String pkg = folder.toString().isEmpty() ? ROOT : folder.getName(0).toString();
                Set<String> used = result.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return result;
    }

    private static String display(String pkg) {
        return pkg.isEmpty() ? "the root package" : pkg;
    }
}

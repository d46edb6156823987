package io.wsmigrate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.wsmigrate.testing.TempFolders;
import io.wsmigrate.testing.Watchdog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random include graphs (chains, diamonds, cycles, self-includes, missing files) load exactly as
 * a small model of the loader predicts: the first cycle or missing file on the include walk is the
 * error, else the merged settings, where the including file wins over its includes and later
 * includes over earlier ones.
 */
class IncludeGraphFuzzTest {
    private static final AtomicInteger TRY = new AtomicInteger();
    private static Path root;

    /** One file: its includes (index {@code files} means a missing file), and which keys it sets. */
    record FileSpec(List<Integer> includes, boolean includeAsList, boolean setsUrl, boolean setsPackage) {
    }

    @AfterContainer
    static void deleteGraphs() {
        TempFolders.deleteRecursively(root);
        root = null;
    }

    @Property(tries = 300)
    void includeGraphsLoadAsTheModelPredicts(@ForAll("graphs") List<FileSpec> files) throws IOException {
        Path folder = writeGraph(files);
        Throwable thrown = catchThrowable(() -> Watchdog.within(SettingsFuzzTest.LIMIT,
                () -> new SettingsLoader().load(folder.resolve("f0.yaml"), Map.of(), null)));
        Settings settings = thrown == null ? new SettingsLoader().load(folder.resolve("f0.yaml"), Map.of(), null) : null;

        Set<Integer> reached = new HashSet<>();
        String walk = walk(files, 0, List.of(), reached);
        if (walk != null) {
            assertThat(thrown).isInstanceOf(ConfigException.class).hasMessageContaining(walk);
        } else if (reached.stream().noneMatch(i -> files.get(i).setsUrl())) {
            assertThat(thrown).isInstanceOf(ConfigException.class).hasMessageContaining("missing required key database.url");
        } else if (reached.stream().noneMatch(i -> files.get(i).setsPackage())) {
            assertThat(thrown).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("missing required key migrations.package");
        } else {
            assertThat(thrown).isNull();
            assertThat(settings.migrations().packageName()).isEqualTo(winningPackage(files, 0));
        }
        if (thrown != null) {
            assertThat(thrown.getMessage()).doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<List<FileSpec>> graphs() {
        return Arbitraries.integers().between(1, 5).flatMap(size -> {
            Arbitrary<FileSpec> file = Combinators.combine(
                    Arbitraries.integers().between(0, size).list().ofMaxSize(3),
                    Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                    .as(FileSpec::new);
            return file.list().ofSize(size);
        });
    }

    /** The loader's walk: null when every include resolves without a cycle, else what the error says. */
    private static String walk(List<FileSpec> files, int file, List<Integer> chain, Set<Integer> reached) {
        if (chain.contains(file)) {
            return "include cycle";
        }
        reached.add(file);
        List<Integer> path = new ArrayList<>(chain);
        path.add(file);
        for (int include : files.get(file).includes()) {
            if (include == files.size()) {
                return "missing.yaml not found";
            }
            String error = walk(files, include, path, reached);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    /** The package the merge ends with: the file's own, else the last include that has one. */
    private static String winningPackage(List<FileSpec> files, int file) {
        if (files.get(file).setsPackage()) {
            return packageOf(file);
        }
        String winner = null;
        for (int include : files.get(file).includes()) {
            String candidate = winningPackage(files, include);
            winner = candidate != null ? candidate : winner;
        }
        return winner;
    }

    private static String packageOf(int file) {
        return "com.example.f" + file;
    }

    private static synchronized Path writeGraph(List<FileSpec> files) throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("include-graphs");
        }
        Path folder = Files.createDirectories(root.resolve("try" + TRY.incrementAndGet()));
        for (int i = 0; i < files.size(); i++) {
            FileSpec spec = files.get(i);
            List<String> names = spec.includes().stream()
                    .map(include -> include == files.size() ? "missing.yaml" : "f" + include + ".yaml").toList();
            List<String> lines = new ArrayList<>();
            if (names.size() == 1 && !spec.includeAsList()) {
                lines.add("include: " + names.get(0));
            } else if (!names.isEmpty()) {
                lines.add("include: [" + String.join(", ", names) + "]");
            }
            if (spec.setsUrl()) {
                lines.add("database: {url: 'jdbc:postgresql://h/f" + i + "'}");
            }
            if (spec.setsPackage()) {
                lines.add("migrations: {package: " + packageOf(i) + "}");
            }
            Files.writeString(folder.resolve("f" + i + ".yaml"), String.join("\n", lines) + "\n");
        }
        return folder;
    }
}

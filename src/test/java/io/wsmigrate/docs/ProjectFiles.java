package io.wsmigrate.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** {@code rm}, {@code cat} and {@code ls} on a page's project, with {@code *} globs, as a shell would. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    static String run(DocProject project, ShellWords command, String where) {
        List<String> operands = command.arguments().stream().filter(a -> !a.startsWith("-")).toList();
        if (operands.isEmpty()) {
            throw new AssertionError(where + ": `" + command.program() + "` needs a file");
        }
        StringBuilder out = new StringBuilder();
        for (String operand : operands) {
            List<Path> paths = expand(project, operand);
            if (paths.isEmpty()) {
                throw new AssertionError(where + ": " + command.program() + ": " + operand + ": no such file");
            }
            for (Path path : paths) {
                switch (command.program()) {
                    case "rm" -> delete(path);
                    case "cat" -> out.append(read(path));
                    default -> out.append(list(path));
                }
            }
        }
        return out.toString();
    }

    /** The files an operand names; a {@code *} in its last part is a glob. */
    static List<Path> expand(DocProject project, String operand) {
        Path path = project.resolve(operand);
        if (!path.getFileName().toString().contains("*")) {
            return Files.exists(path) ? List.of(path) : List.of();
        }
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName());
        try (Stream<Path> siblings = Files.list(path.getParent())) {
            return siblings.filter(p -> glob.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String list(Path path) {
        if (!Files.isDirectory(path)) {
            return path.getFileName() + "\n";
        }
        try (Stream<Path> children = Files.list(path)) {
            List<String> names = new ArrayList<>();
            children.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
            return names.isEmpty() ? "" : String.join("\n", names) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.wsmigrate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files: what users read (revision files, command output, error lines), stored under
 * {@code src/test/resources/golden/} and compared exactly once {@link GoldenText} has replaced
 * what legitimately varies. After an intended change, rewrite them with
 * {@code mvn test -Dtest=GoldenOutputTest -Dws.golden.update=true} and review {@code git diff}.
 */
public final class Golden {
    /** The system property that rewrites the golden files instead of comparing with them. */
    public static final String UPDATE = "ws.golden.update";
    private static final Path FOLDER = Path.of("src/test/resources/golden");

    private Golden() {
    }

    /** Compares {@code actual} (already normalized) with the golden file {@code name}. */
    public static void assertMatches(String name, String actual) {
        Path file = FOLDER.resolve(name);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionFailedError("no golden file " + file + "; write it with -D" + UPDATE + "=true");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                throw new AssertionFailedError(file + " differs (- golden, + actual); if the change is intended,"
                        + " run with -D" + UPDATE + "=true and review the diff\n" + diff(expected, actual),
                        expected, actual);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line diff: the common start and end once, the differing middle as - and + lines. */
    static String diff(String expected, String actual) {
        List<String> before = expected.lines().toList();
        List<String> after = actual.lines().toList();
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int endBefore = before.size();
        int endAfter = after.size();
        while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
            endBefore--;
            endAfter--;
        }
        StringBuilder out = new StringBuilder("@@ line ").append(start + 1).append(" @@\n");
        for (int i = Math.max(0, start - 2); i < start; i++) {
            out.append("  ").append(before.get(i)).append('\n');
        }
        before.subList(start, endBefore).forEach(line -> out.append("- ").append(line).append('\n'));
        after.subList(start, endAfter).forEach(line -> out.append("+ ").append(line).append('\n'));
        for (int i = endBefore; i < Math.min(before.size(), endBefore + 2); i++) {
            out.append("  ").append(before.get(i)).append('\n');
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) {
            out.append("(the last line ends ").append(expected.endsWith("\n") ? "with" : "without")
                    .append(" a newline in the golden file only)\n");
        }
        return out.toString();
    }
}

package io.wsmigrate.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces in output only what legitimately varies from run to run: generated revision ids (each
 * distinct id by {@code <rev1>}, {@code <rev2>}... in order of appearance, so the graph's shape
 * still shows), timestamps, durations in milliseconds, the test project's folder, server ports and test database names.
 */
public final class GoldenText {
    /** Twelve hex digits standing alone or before the {@code _} of a revision file's name. */
    private static final Pattern REVISION_ID = Pattern.compile("(?<![0-9A-Za-z])[0-9a-f]{12}(?![0-9A-Za-z])");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern PORT = Pattern.compile("(localhost|127\\.0\\.0\\.1):\\d+");
    private static final Pattern TEST_DATABASE = Pattern.compile("\\bt\\d+_\\d+\\b");
    private static final Pattern MILLIS = Pattern.compile("\\b\\d+ ms\\b");

    private GoldenText() {
    }

    /** {@code text} with {@code projectDir} as {@code <project>} and every varying value as a placeholder. */
    public static String normalize(String text, Path projectDir) {
        String out = text.replace(projectDir.toString(), "<project>");
        out = TIMESTAMP.matcher(out).replaceAll("<date>");
        out = PORT.matcher(out).replaceAll("$1:<port>");
        out = TEST_DATABASE.matcher(out).replaceAll("<database>");
        out = MILLIS.matcher(out).replaceAll("<n> ms");
        return numberedRevisionIds(out);
    }

    private static String numberedRevisionIds(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = REVISION_ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = names.computeIfAbsent(m.group(), id -> "<rev" + (names.size() + 1) + ">");
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package io.wsmigrate.pgclient;

import java.util.List;
import java.util.Locale;

/** What the pass-through arguments tell us about pg_dump's output. */
final class PgDumpArguments {
    private PgDumpArguments() {
    }

    /** {@code -f FILE}, {@code -fFILE}, {@code --file FILE} or {@code --file=FILE}. */
    static boolean namesOutputFile(List<String> arguments) {
        return arguments.stream().anyMatch(a -> a.startsWith("-f") || a.equals("--file") || a.startsWith("--file="));
    }

    /** The directory format ({@code -Fd}, {@code --format=directory}, ...) writes a folder, not a file. */
    static boolean directoryFormat(List<String> arguments) {
        String format = null;
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            String next = i + 1 < arguments.size() ? arguments.get(i + 1) : "";
            if (a.equals("-F") || a.equals("--format")) {
                format = next;
            } else if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (a.startsWith("-F")) {
                format = a.substring(2);
            }
        }
        String lower = format == null ? "" : format.toLowerCase(Locale.ROOT);
        return lower.equals("d") || lower.equals("directory");
    }
}

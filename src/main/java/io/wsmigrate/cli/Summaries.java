package io.wsmigrate.cli;

import io.wsmigrate.runtime.Migrator.RunResult;
import java.util.Set;

/** The closing line of a run. */
final class Summaries {
    private Summaries() {
    }

    static String of(RunResult result, String verb) {
        String at = describe(result.headsAfter());
        if (result.steps().isEmpty()) {
            return "Nothing to " + verb + "; the database is at " + at + ".";
        }
        long millis = result.steps().stream().mapToLong(s -> s.millis()).sum();
        int n = result.steps().size();
        return "Done: " + n + " revision" + (n == 1 ? "" : "s") + " in " + millis + " ms; the database is at " + at + ".";
    }

    static String describe(Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads.stream().sorted().toList());
    }
}

package io.wsmigrate.reliability;

import io.wsmigrate.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command line in this JVM, as a user would type it, and keeps what it printed. */
final class Cli {
    private Cli() {
    }

    record Result(int exitCode, String out, String err, long millis) {
        /** The first line the run printed on stderr, where errors go. */
        String errorLine() {
            return err.lines().filter(line -> line.startsWith("ERROR:")).findFirst().orElse("");
        }
    }

    static Result run(Path settings, String... args) {
        List<String> all = new ArrayList<>(List.of("-c", settings.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of(), false);
        return new Result(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }
}

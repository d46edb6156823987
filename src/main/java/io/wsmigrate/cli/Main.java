package io.wsmigrate.cli;

import io.wsmigrate.config.LoggingConfigurer;
import io.wsmigrate.config.Secrets;
import io.wsmigrate.db.Interruption;
import io.wsmigrate.pgclient.PasswordFolder;
import java.io.PrintWriter;
import java.util.Map;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // picocli's default factory otherwise looks for Groovy's Closure class as it loads: a class
        // on no jar, so the class loader opens and indexes every jar of the classpath to be sure.
        // Our annotations hold no closures.
        System.setProperty("picocli.disable.closures", "true");
        // Nor do our options have java.time or java.sql types (durations have a converter of their
        // own): picocli would otherwise initialize some twenty of those classes for their parse
        // methods, date formatters included, on every command line it builds. CommandLinesTest
        // checks that no option needs one of these converters.
        System.setProperty("picocli.converters.excludes", CommandLines.UNUSED_CONVERTERS);
        PasswordFolder.removeStale(); // a run killed with SIGKILL could not delete its password file
        Interruption.install(); // Ctrl-C and SIGTERM cancel the running statement instead of leaving it
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err, System.getenv(), System.console() != null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line with the given streams and environment; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                          boolean interactive) {
        Secrets.beginRun(environment); // an earlier run's passwords in this JVM are not this run's
        LoggingConfigurer.beginCommand();
        // started before picocli builds its model, so the two share the machine's cores
        try (Prefetch prefetch = Prefetch.start(args, environment)) {
            Terminal terminal = new Terminal(MaskingWriter.wrap(out), MaskingWriter.wrap(err), environment, interactive,
                    out);
            int code = CommandLines.execute(terminal, args, prefetch);
            terminal.out().flush();
            terminal.script().flush();
            terminal.err().flush();
            return code;
        }
    }
}

package io.wsmigrate.docs;

import io.wsmigrate.cli.Main;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the commands of a page's console blocks in its {@link DocProject} and compares what they
 * print with what the page shows. {@code ws-migrate} (or {@code bin/ws-migrate}) runs in-process
 * through {@link Main#run}, stdout and stderr interleaved as a terminal shows them; {@code echo $?},
 * {@code export}, {@code unset}, {@code rm}, {@code cat} and {@code ls} act on the page's
 * environment and project. A command that exits
 * non-zero must be followed by {@code echo $?}, so a page never hides a failure.
 */
final class ConsoleRunner {
    private final DocProject project;
    private final DocPage page;
    private final Map<String, String> environment;
    private Map<String, String> names = new HashMap<>();
    private int lastExit;
    private boolean exitShown = true;

    ConsoleRunner(DocProject project, DocPage page) {
        this.project = project;
        this.page = page;
        this.environment = new LinkedHashMap<>(project.environment());
    }

    Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    /** Text with each {@code <rev:NAME>} the page has bound replaced by its revision id. */
    String withNames(String text, String where) {
        return OutputMatcher.substitute(text, names, where);
    }

    void run(List<ConsoleStep> steps) {
        for (ConsoleStep step : steps) {
            if (step.isComment()) {
                continue;
            }
            String where = page.where(step.line());
            ShellWords command = ShellWords.split(OutputMatcher.substitute(step.command(), names, where));
            boolean showsExit = command.words().equals(List.of("echo", "$?"));
            if (!exitShown && !showsExit) {
                throw new AssertionError(where + ": the command before this one exited " + lastExit
                        + "; show that with `$ echo $?` right after it");
            }
            long started = System.nanoTime();
            List<String> actual = lines(execute(command, where));
            Timing.report(started, where + " " + step.command());
            Optional<Map<String, String>> bound = OutputMatcher.match(step.expected(), actual, names);
            if (bound.isEmpty()) {
                throw new AssertionError(where + ": `$ " + step.command() + "` printed:\n" + String.join("\n", actual)
                        + "\n--- but the page shows:\n" + String.join("\n", step.expected()));
            }
            names = new HashMap<>(bound.get());
        }
        if (!exitShown) {
            throw new AssertionError(page.where(steps.get(steps.size() - 1).line()) + ": this command exited "
                    + lastExit + "; show that with `$ echo $?` right after it");
        }
    }

    private String execute(ShellWords command, String where) {
        String program = command.program();
        exitShown = true;
        switch (program) {
            case "ws-migrate", "bin/ws-migrate" -> {
                return wsMigrate(command);
            }
            case "echo" -> {
                return command.words().equals(List.of("echo", "$?")) ? lastExit + "\n"
                        : String.join(" ", command.arguments()) + "\n";
            }
            case "export" -> {
                command.arguments().forEach(a -> environment.put(a.substring(0, a.indexOf('=')),
                        a.substring(a.indexOf('=') + 1)));
                return "";
            }
            case "unset" -> {
                command.arguments().forEach(environment::remove);
                return "";
            }
            case "rm", "cat", "ls" -> {
                return ProjectFiles.run(project, command, where);
            }
            default -> throw new AssertionError(where + ": the doc tests cannot run `" + program
                    + "`; mark the block ```console norun if it cannot run here");
        }
    }

    private String wsMigrate(ShellWords command) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.putAll(command.assignments());
        String config = env.get("WS_MIGRATE_CONFIG");
        if (config != null) {
            env.put("WS_MIGRATE_CONFIG", project.resolve(config).toString());
        }
        StringWriter both = new StringWriter();
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        PrintWriter out = new PrintWriter(new Tee(both, stdout), true);
        PrintWriter err = new PrintWriter(new Tee(both, stderr), true);
        lastExit = runMain(absolutePaths(command.arguments()), out, err, env);
        exitShown = lastExit == 0;
        if (command.redirect() == null) {
            return both.toString();
        }
        try {
            Files.writeString(project.resolve(command.redirect()), stdout.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stderr.toString();
    }

    /** {@link Main#run} with what reaches System.out and System.err meanwhile (log lines) in its output too. */
    private static int runMain(List<String> args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        System.setOut(new PrintStream(new WriterStream(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8));
        try {
            return Main.run(args.toArray(String[]::new), out, err, env, false);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(systemOut);
            System.setErr(systemErr);
            out.flush();
            err.flush();
        }
    }

    /**
     * The JVM's folder is not the project's: the paths a command line names relative to it are
     * made absolute. Before {@code --}: {@code -c}/{@code --config}, {@code -f}/{@code --file} and
     * init's folder; after it (psql's and pg_dump's own arguments): {@code -f}/{@code --file}.
     */
    private List<String> absolutePaths(List<String> args) {
        List<String> result = new ArrayList<>();
        boolean ours = true;
        boolean nextIsPath = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (nextIsPath) {
                result.add(project.resolve(arg).toString());
                nextIsPath = false;
                continue;
            }
            ours = ours && !arg.equals("--");
            String longOption = ours && arg.startsWith("--config=") ? "--config=" : arg.startsWith("--file=") ? "--file="
                    : null;
            if (longOption != null) {
                result.add(longOption + project.resolve(arg.substring(longOption.length())));
                continue;
            }
            result.add(arg);
            nextIsPath = arg.equals("-f") || arg.equals("--file")
                    || ours && (arg.equals("-c") || arg.equals("--config"))
                    || ours && arg.equals("init") && i + 1 < args.size() && !args.get(i + 1).startsWith("-");
        }
        return result;
    }

    private List<String> lines(String output) {
        List<String> lines = new ArrayList<>();
        for (String line : project.shown(output).split("\\R", -1)) {
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Writes to two writers: the interleaved terminal view and one stream alone. */
    private static final class Tee extends Writer {
        private final Writer first;
        private final Writer second;

        Tee(Writer first, Writer second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            first.write(buffer, offset, length);
            second.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

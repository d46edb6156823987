package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** What every subcommand shares: the root's options, its terminal, and a project to work on. */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public final Integer call() {
        try (Project project = root.openProject()) {
            return run(project);
        }
    }

    abstract int run(Project project);

    PrintWriter out() {
        return root.terminal().out();
    }

    /** A {@code --sql} script or a revision file, as the revisions wrote it: not masked (see {@link Terminal}). */
    void printScript(String script) {
        out().flush();
        root.terminal().script().print(script);
        root.terminal().script().flush();
    }

    /**
     * Progress and notes: silent with --quiet. The line and its end go through the mask and the
     * writers in one piece, flushed at once: an upgrade prints one per revision as it starts.
     */
    void info(String line) {
        if (!root.quiet()) {
            PrintWriter out = out();
            out.print(line.concat(System.lineSeparator()));
            out.flush();
        }
    }

    /**
     * A result's lines, written in one piece and flushed: stdout otherwise goes to the terminal
     * line by line, a write each, which for a thousand-line history costs more than the lines.
     */
    void printLines(List<String> lines) {
        String end = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append(end));
        out().print(text);
        out().flush();
    }

    void warn(String message) {
        root.terminal().err().println(root.terminal().style("@|bold,yellow WARNING:|@ ") + message);
    }

    String style(String markup) {
        return root.terminal().style(markup);
    }
}

package io.wsmigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Test access to the picocli model of {@code ws-migrate} for the documentation tests: the
 * reference renders every subcommand's help from it, and examples that cannot run here still
 * have their command lines parsed by it.
 */
public final class DocsCli {
    private DocsCli() {
    }

    /** The command line as {@code Main} builds it, on a non-interactive terminal that prints nowhere. */
    public static CommandLine commandLine() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return CommandLines.create(new Terminal(sink, sink, Map.of(), false));
    }
}

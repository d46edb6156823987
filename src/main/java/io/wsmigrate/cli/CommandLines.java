package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.db.Redaction;
import picocli.CommandLine;

/** Builds the picocli command line with our error handling. */
final class CommandLines {
    private static final String EXIT_CODES = "exitCodes";
    private CommandLines() {
    }

    static CommandLine create(Terminal terminal) {
        RootCommand root = new RootCommand(terminal);
        CommandLine line = new CommandLine(root);
        line.setOut(terminal.out());
        line.setErr(terminal.err());
        line.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.ansi()));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, root, terminal));
        addExitCodes(line);
        line.getSubcommands().values().forEach(CommandLines::addExitCodes);
        return line;
    }

    /** Every command's --help ends with the exit codes, since every command can end with most of them. */
    private static void addExitCodes(CommandLine line) {
        java.util.List<String> sections = new java.util.ArrayList<>(line.getHelpSectionKeys());
        // setHelpSectionKeys on the root also sets the subcommands' keys: add the section only once
        if (!sections.contains(EXIT_CODES)) {
            sections.add(EXIT_CODES);
            line.setHelpSectionKeys(sections);
        }
        line.getHelpSectionMap().put(EXIT_CODES, new ExitCodesHelp());
    }

    /** One line on stderr, the stack trace only with --verbose; secrets masked either way. */
    private static int handle(Exception e, RootCommand root, Terminal terminal) {
        ExitCode code = e instanceof WsMigrateException w ? w.exitCode() : ExitCode.INTERNAL;
        String message = e instanceof WsMigrateException ? e.getMessage()
                : "internal error: " + e + "; rerun with --verbose and report it";
        String secret = root.knownPassword();
        terminal.err().println(terminal.style("@|bold,red ERROR:|@ ") + Redaction.secret(oneLine(message), secret));
        if (root.verbose()) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            terminal.err().print(Redaction.secret(trace.toString(), secret));
        }
        terminal.err().flush();
        return code.code();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}

package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.db.Interruption;
import io.wsmigrate.db.Redaction;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the picocli command line with our error handling. */
final class CommandLines {
    private static final String EXIT_CODES = "exitCodes";
    /** picocli's built-in converters no option of ours needs: {@code picocli.converters.excludes}. */
    static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";
    private CommandLines() {
    }

    static CommandLine create(Terminal terminal) {
        return create(terminal, null, Prefetch.none());
    }

    /**
     * The command line for {@code args}. When they name one of our subcommands, only that one is
     * built: picocli's reflection over every subcommand's options is most of a short command's
     * start. Help, a name that is no subcommand, or one that needs the whole tree (completion)
     * gets them all.
     */
    static CommandLine create(Terminal terminal, String[] args, Prefetch prefetch) {
        return create(terminal, new RootCommand(terminal, prefetch), args);
    }

    private static CommandLine create(Terminal terminal, RootCommand root, String[] args) {
        CommandLine line = new CommandLine(root);
        Optional<Class<?>> named = args == null ? Optional.empty()
                : ArgvPeek.of(args).flatMap(peek -> subcommandNamed(peek.subcommand()));
        List<Class<?>> wanted = named.isPresent() ? List.of(named.get()) : RootCommand.SUBCOMMANDS;
        wanted.forEach(line::addSubcommand);
        // settings below reach the subcommands added so far
        line.setOut(terminal.out());
        line.setErr(terminal.err());
        line.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.ansi()));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, root, terminal));
        line.setParameterExceptionHandler((e, ignoredArgs) -> usageError(e, terminal));
        addExitCodes(line);
        line.getSubcommands().values().forEach(CommandLines::addExitCodes);
        return line;
    }

    /**
     * Our subcommand called {@code name}: the class our naming convention gives it ({@code db-info}
     * is {@code DbInfoCommand}), if its {@code @Command} name confirms it; else empty. Reading the
     * annotation of every subcommand to find it would cost a cold start several milliseconds.
     */
    static Optional<Class<?>> subcommandNamed(String name) {
        StringBuilder simpleName = new StringBuilder();
        for (String word : name.split("-")) {
            if (!word.isEmpty()) {
                simpleName.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String className = simpleName.append("Command").toString();
        return RootCommand.SUBCOMMANDS.stream()
                .filter(type -> type.getSimpleName().equals(className) && Subcommand.class.isAssignableFrom(type)
                        && type.getAnnotation(Command.class).name().equals(name))
                .findFirst();
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

    /**
     * Runs {@code args}. An {@link Error} (out of memory, a stack overflow) passes picocli's handler
     * by; it ends the same way as an exception, with one line and the internal error code, never
     * with a raw stack trace and the JVM's exit code 1, which would read as "differences found".
     */
    static int execute(Terminal terminal, String[] args, Prefetch prefetch) {
        RootCommand root = new RootCommand(terminal, prefetch);
        CommandLine line = create(terminal, root, args);
        try {
            return line.execute(args);
        } catch (Error e) {
            return handle(e, root, terminal);
        }
    }

    /** One line on stderr, the stack trace only with --verbose; secrets masked either way. */
    private static int handle(Throwable e, RootCommand root, Terminal terminal) {
        ExitCode code = e instanceof WsMigrateException w ? w.exitCode() : ExitCode.INTERNAL;
        String message = e instanceof WsMigrateException ? e.getMessage() : e instanceof OutOfMemoryError
                ? "out of memory (" + e.getMessage() + "): the command needs a larger Java heap; rerun with"
                + " WS_MIGRATE_JAVA_OPTS=-Xmx2g (or more), or split the data a revision loads into smaller files"
                : "internal error: " + e + "; rerun with --verbose and report it";
        Optional<Interruption.Kind> signal = Interruption.received();
        if (signal.isPresent() && code != signal.get().exitCode()) {
            // a failure the cancelled statement caused outside a migration run: say why it failed
            Interruption.acknowledge();
            code = signal.get().exitCode();
            message = "stopped by " + signal.get().description() + ": " + message;
        }
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

    /**
     * A bad command line is one line too, with picocli's suggestion and where to read more; the
     * full usage text would bury the one thing that is wrong.
     */
    private static int usageError(CommandLine.ParameterException e, Terminal terminal) {
        StringBuilder message = new StringBuilder(oneLine(e.getMessage()).replaceAll("[.;]$", ""));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message.append("; did you mean ").append(String.join(" or ", unmatched.getSuggestions())).append('?');
        }
        if (!message.toString().contains("--help")) {
            message.append("; see `").append(e.getCommandLine().getCommandSpec().qualifiedName()).append(" --help`");
        }
        terminal.err().println(terminal.style("@|bold,red ERROR:|@ ") + message);
        terminal.err().flush();
        return ExitCode.USAGE.code();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}

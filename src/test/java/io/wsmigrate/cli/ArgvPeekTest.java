package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The peek at a command line never disagrees with picocli: it finds what picocli parses, or declines. */
class ArgvPeekTest {
    private static final List<List<String>> BEFORE = List.of(List.of(), List.of("-c", "a.yaml"),
            List.of("--config", "heads"), List.of("--config=c.yaml"), List.of("-v"), List.of("-q", "-c", "d.yaml"),
            List.of("--profile", "prod"), List.of("--profile=a,b"), List.of("-cX.yaml"), List.of("-vc", "e.yaml"),
            List.of("-vq"), List.of("--verbose", "--quiet"), List.of("--"), List.of("@args.txt"));
    private static final List<List<String>> COMMANDS = List.of(List.of("current"), List.of("heads"),
            List.of("upgrade", "head"), List.of("upgrade", "--sql", "head"), List.of("history", "-r", "base:head"),
            List.of("revision", "-m", "add a table"), List.of("downgrade", "-1"), List.of("stamp", "head"));
    private static final List<List<String>> AFTER = List.of(List.of(), List.of("-c", "f.yaml"),
            List.of("--config=g.yaml"), List.of("--profile", "dev"), List.of("-v"), List.of("-vc", "h.yaml"),
            List.of("-ci.yaml"), List.of("--config:j.yaml"));

    @Test
    void everyOptionOfPicocliRootModelIsKnownWithItsArity() {
        CommandLine line = CommandLines.create(terminal(), new String[] {"heads"}, Prefetch.none());
        Map<String, Boolean> known = ArgvPeek.globalOptions();
        for (OptionSpec option : line.getCommandSpec().options()) {
            for (String name : option.names()) {
                assertThat(known).as(name).containsEntry(name, option.arity().max() > 0);
            }
        }
        assertThat(known.size()).isEqualTo(line.getCommandSpec().options().stream().mapToInt(o -> o.names().length).sum());
    }

    @Test
    void whatThePeekFindsIsWhatPicocliParses() {
        CommandLine line = CommandLines.create(terminal(), null, Prefetch.none()); // picocli resets it on each parse
        int found = 0;
        for (List<String> before : BEFORE) {
            for (List<String> command : COMMANDS) {
                for (List<String> after : AFTER) {
                    String[] args = Stream.of(before, command, after).flatMap(List::stream).toArray(String[]::new);
                    Optional<ArgvPeek> peek = ArgvPeek.of(args);
                    Optional<Parsed> parsed = parsed(line, args);
                    if (peek.isPresent() && parsed.isPresent()) {
                        found++;
                        assertThat(peek.get()).as(String.join(" ", args))
                                .isEqualTo(new ArgvPeek(parsed.get().subcommand(), parsed.get().config(), parsed.get().profile()));
                    }
                }
            }
        }
        // the plain spellings, which are most command lines, are read: the shortcut is not dead
        assertThat(found).isGreaterThan(200);
        assertThat(ArgvPeek.of(new String[] {"-c", "heads", "-v", "current", "--check-heads"}))
                .contains(new ArgvPeek("current", Path.of("heads"), null));
        assertThat(ArgvPeek.of(new String[] {"--config=x.yaml", "--profile=a,b", "upgrade", "head"}))
                .contains(new ArgvPeek("upgrade", Path.of("x.yaml"), "a,b"));
    }

    /**
     * Every option of every subcommand picocli knows, in each spelling it accepts, with global
     * options before and after it: what the peek finds is what picocli's own parse gives, or the
     * peek declines. A new option that the peek would misread fails here, not in a user's prefetch.
     */
    @Test
    void everyOptionOfEverySubcommandIsReadAsPicocliReadsIt() {
        CommandLine line = CommandLines.create(terminal(), null, Prefetch.none());
        Map<String, Integer> agreed = new java.util.TreeMap<>();
        for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
            for (OptionSpec option : sub.getValue().getCommandSpec().options()) {
                for (List<String> spelling : spellings(option)) {
                    for (List<String> before : List.of(List.<String>of(), List.of("-c", "a.yaml"), List.of("--profile=p"))) {
                        for (List<String> after : List.of(List.<String>of(), List.of("--config", "b.yaml"),
                                List.of("--profile", "q"), List.of("head"), List.of("-v"))) {
                            String[] args = Stream.of(before, List.of(sub.getKey()), spelling, after)
                                    .flatMap(List::stream).toArray(String[]::new);
                            Optional<ArgvPeek> peek = ArgvPeek.of(args);
                            Optional<Parsed> parsed = parsed(line, args);
                            if (peek.isPresent() && parsed.isPresent()) {
                                agreed.merge(sub.getKey(), 1, Integer::sum);
                                assertThat(peek.get()).as(String.join(" ", args)).isEqualTo(
                                        new ArgvPeek(parsed.get().subcommand(), parsed.get().config(), parsed.get().profile()));
                            }
                        }
                    }
                }
            }
        }
        // each subcommand the prefetch serves was compared on many command lines: the check is not empty
        for (String subcommand : Prefetch.READ_REVISIONS) {
            assertThat(agreed.getOrDefault(subcommand, 0)).as(subcommand).isGreaterThan(20);
        }
    }

    /** The ways picocli accepts {@code option} on a command line, with a value of its type when it takes one. */
    private static List<List<String>> spellings(OptionSpec option) {
        List<List<String>> spellings = new ArrayList<>();
        String value = option.type().isEnum() ? option.type().getEnumConstants()[0].toString()
                : option.type() == int.class || option.type() == Integer.class || option.type() == long.class ? "1" : "x";
        for (String name : option.names()) {
            if (option.arity().max() == 0) {
                spellings.add(List.of(name));
            } else {
                spellings.add(List.of(name, value));
                spellings.add(List.of(name + "=" + value));
                if (!name.startsWith("--")) {
                    spellings.add(List.of(name + value));
                }
                if (option.arity().min() == 0) {
                    spellings.add(List.of(name));
                }
            }
        }
        return spellings;
    }

    @Test
    void unusualSpellingsAndNoSubcommandAreDeclined() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {}, new String[] {"-cX.yaml", "heads"},
                new String[] {"heads", "-vc", "x.yaml"}, new String[] {"@more-args", "heads"}, new String[] {"--", "heads"},
                new String[] {"--config:x.yaml", "heads"}, new String[] {"heads", "--config:x.yaml"},
                new String[] {"--verbose=true", "heads"}, new String[] {"heads", "-c"})) {
            assertThat(ArgvPeek.of(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    private record Parsed(String subcommand, Path config, String profile) {
    }

    /** What picocli makes of {@code args} with every subcommand built; empty when it refuses them. */
    private static Optional<Parsed> parsed(CommandLine line, String[] args) {
        try {
            CommandLine.ParseResult result = line.parseArgs(args);
            RootCommand root = (RootCommand) line.getCommand();
            return result.subcommand() == null ? Optional.empty()
                    : Optional.of(new Parsed(result.subcommand().commandSpec().name(), root.config, root.profile));
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
    }

    private static Terminal terminal() {
        return new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), false);
    }
}

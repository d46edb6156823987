package io.wsmigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLinesTest {
    private static CommandLine build(String... args) {
        Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of(), false);
        return CommandLines.create(terminal, args, Prefetch.none());
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(build("-c", "config.yaml", "heads").getSubcommands()).containsOnlyKeys("heads");
    }

    @Test
    void everyOurSubcommandIsFoundByItsNameAlone() {
        RootCommand.SUBCOMMANDS.stream().filter(Subcommand.class::isAssignableFrom).forEach(type -> {
            String name = type.getAnnotation(CommandLine.Command.class).name();
            assertThat(CommandLines.subcommandNamed(name)).as(name).contains(type);
            assertThat(build("-q", name).getSubcommands()).as(name).containsOnlyKeys(name);
        });
    }

    @Test
    void noOptionNeedsAConverterThatMainLeavesOut() {
        List<String> excluded = List.of(CommandLines.UNUSED_CONVERTERS.split(","));
        List<CommandLine> lines = new ArrayList<>(List.of(build()));
        for (int i = 0; i < lines.size(); i++) {
            lines.addAll(lines.get(i).getSubcommands().values());
            for (CommandLine.Model.ArgSpec arg : lines.get(i).getCommandSpec().args()) {
                if (arg.converters().length == 0) {
                    for (Class<?> type : arg.auxiliaryTypes()) {
                        assertThat(excluded).as(lines.get(i).getCommandName() + " " + arg.paramLabel())
                                .noneMatch(type.getName()::matches);
                    }
                    assertThat(excluded).noneMatch(arg.type().getName()::matches);
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(RootCommand.SUBCOMMANDS.size());
    }

    @Test
    void helpAndUnknownNamesGetEverySubcommandInHelpOrder() {
        String[] all = RootCommand.SUBCOMMANDS.stream()
                .map(type -> type.getAnnotation(CommandLine.Command.class).name()).toArray(String[]::new);

        assertThat(build("--help").getSubcommands().keySet()).containsExactly(all);
        assertThat(build("heds").getSubcommands().keySet()).containsExactly(all);
        assertThat(build().getSubcommands().keySet()).containsExactly(all);
    }

    @Test
    void aSingleSubcommandStillInheritsTheGlobalOptions() {
        CommandLine line = build("heads");
        CommandLine.ParseResult parsed = line.parseArgs("-c", "other.yaml", "heads", "-q");

        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("heads");
        assertThat(((RootCommand) line.getCommand()).config).hasToString("other.yaml");
        assertThat(((RootCommand) line.getCommand()).quiet).isTrue();
    }
}

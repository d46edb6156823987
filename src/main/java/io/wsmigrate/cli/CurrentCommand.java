package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.command.FleetCommands;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.MigrationCommands.Current;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.ResultJson;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.revision.RevisionMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code current}: where the database is; with {@code --check-heads}, a deploy gate. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the revision(s) the database is at.")
final class CurrentCommand extends Subcommand {
    @Option(names = "--check-heads", description = "Exit " + 1 + " unless the database is at every head.")
    boolean checkHeads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Mixin
    FleetMixin fleet;

    @Override
    int run(Project project) {
        if (fleet.active()) {
            FleetPrinter printer = new FleetPrinter(this, FleetPrinter.requireFormat(format, true));
            return printer.print(new FleetCommands(project).current(fleet.options(), printer),
                    checkHeads ? ExitCode.DIFFERENCES.code() : 0);
        }
        Current current = new MigrationCommands(project).current();
        RevisionMap map = new RevisionCommands(project).graph();
        if (format == OutputFormat.JSON) {
            out().println(ResultJson.current(current));
        } else {
            current.warnings().forEach(this::warn);
            if (current.state().heads().isEmpty()) {
                out().println("<base> (no revision applied)");
            }
            for (String id : current.state().heads()) {
                out().println(root.verbose() ? String.join("\n", RevisionText.verbose(map.get(id).orElseThrow(), map,
                        current.state().heads())) : id + RevisionText.markers(map.get(id).orElseThrow(), map, null));
            }
        }
        if (checkHeads && !current.atHead()) {
            root.terminal().err().println("The database is not at head: it is at "
                    + Summaries.describe(current.state().heads()) + ", the scripts' heads are "
                    + Summaries.describe(current.scriptHeads()) + "; run `ws-migrate upgrade heads`.");
            return ExitCode.DIFFERENCES.code();
        }
        return 0;
    }
}

package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.command.FleetCommands;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.MigrationCommands.Current;
import io.wsmigrate.command.Project;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.AppliedRevision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        RevisionMap map = project.revisions();
        if (format == OutputFormat.JSON) {
            out().println(Json.write(json(current, map)));
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

    private static Map<String, Object> json(Current current, RevisionMap map) {
        List<Object> rows = new ArrayList<>();
        for (AppliedRevision row : current.state().rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("revision", row.revision());
            r.put("head", row.head());
            r.put("applied_at", row.appliedAt() == null ? null : row.appliedAt().toString());
            r.put("stamped", row.stamped());
            rows.add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("current", List.copyOf(current.state().heads()));
        out.put("heads", List.copyOf(current.scriptHeads()));
        out.put("at_head", current.atHead());
        out.put("applied", rows);
        out.put("warnings", current.warnings());
        return out;
    }
}

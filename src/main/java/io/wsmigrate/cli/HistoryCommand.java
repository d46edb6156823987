package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.command.FleetCommands;
import io.wsmigrate.command.FleetListener;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.ResultJson;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.command.RevisionCommands.History;
import io.wsmigrate.revision.GraphExport;
import io.wsmigrate.revision.GraphText;
import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.RevisionMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history}: the revisions, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List revisions, newest first.")
final class HistoryCommand extends Subcommand {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "START:END, either side optional, e.g. base:head, -3:, ae10:current.")
    String range;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the revisions the database is at (connects).")
    boolean indicateCurrent;

    @Option(names = "--graph", description = "Draw the revision graph with its branches and merges.")
    boolean graph;

    @Mixin
    FleetMixin fleet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, or a whole-graph drawing: mermaid or dot (Graphviz).")
    OutputFormat format;

    @Override
    int run(Project project) {
        if (fleet.active()) {
            return fleetHistory(project);
        }
        History history = new RevisionCommands(project).history(range, indicateCurrent,
                root.verbose() && format == OutputFormat.TEXT && !graph);
        RevisionMap map = history.graph();
        Set<String> marked = indicateCurrent ? history.current() : null;
        if (format == OutputFormat.MERMAID || format == OutputFormat.DOT) {
            out().print(format == OutputFormat.MERMAID ? GraphExport.mermaid(map) : GraphExport.dot(map));
            return 0;
        }
        if (graph) {
            GraphText.render(map, history.current()).forEach(out()::println);
            return 0;
        }
        if (format == OutputFormat.JSON) {
            out().println(ResultJson.revisions(history.revisions(), map, marked));
            return 0;
        }
        history.warnings().forEach(this::warn);
        List<String> lines = new ArrayList<>();
        for (Revision revision : history.revisions()) {
            if (root.verbose()) {
                List<String> verbose = new ArrayList<>(RevisionText.verbose(revision, map, marked));
                if (history.changed().contains(revision.id())) {
                    verbose.add(1, "Changed: its file changed after it was applied; the changes are not rerun");
                }
                lines.addAll(verbose);
            } else {
                lines.add(RevisionText.line(revision, map, marked));
            }
        }
        printLines(lines);
        return 0;
    }

    /**
     * The revisions, each marked with the targets at it (named when few, counted when many), and
     * the targets at base last; a target whose version table cannot be read is named with its error.
     */
    private int fleetHistory(Project project) {
        if (graph || format == OutputFormat.MERMAID || format == OutputFormat.DOT || range != null) {
            throw RootCommand.usage("history --all-targets/--target lists every revision with its targets:"
                    + " leave out --graph, -r and --format mermaid/dot");
        }
        FleetMarks marks = new FleetMarks(new FleetCommands(project).current(fleet.options(), FleetListener.NONE));
        History history = new RevisionCommands(project).history(null, false, false);
        RevisionMap map = history.graph();
        if (format == OutputFormat.JSON) {
            out().println(ResultJson.revisions(history.revisions(), map, marks.revisions(), marks::targetsAt,
                    marks::sharedAt));
        } else {
            history.revisions().forEach(r -> out().println(RevisionText.line(r, map, null, marks.marker(r.id()))));
            if (marks.baseLine() != null) {
                out().println(marks.baseLine());
            }
        }
        marks.unread().forEach(t -> warn(t.target() + ": " + t.error()));
        return marks.unread().isEmpty() ? 0 : ExitCode.FLEET.code();
    }

}

package io.wsmigrate.cli;

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
import java.util.Set;
import picocli.CommandLine.Command;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, or a whole-graph drawing: mermaid or dot (Graphviz).")
    OutputFormat format;

    @Override
    int run(Project project) {
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
        for (Revision revision : history.revisions()) {
            if (root.verbose()) {
                List<String> lines = new ArrayList<>(RevisionText.verbose(revision, map, marked));
                if (history.changed().contains(revision.id())) {
                    lines.add(1, "Changed: its file changed after it was applied; the changes are not rerun");
                }
                lines.forEach(out()::println);
            } else {
                out().println(RevisionText.line(revision, map, marked));
            }
        }
        return 0;
    }
}

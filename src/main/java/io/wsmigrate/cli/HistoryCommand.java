package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
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
        boolean needsDatabase = indicateCurrent || (range != null && range.contains("current"));
        Set<String> current = needsDatabase
                ? project.versionTable().read(project.connection()).heads() : Set.of();
        RevisionMap map = project.revisions();
        List<Revision> revisions = new RevisionCommands(project).history(range, current);
        Set<String> marked = indicateCurrent ? current : null;
        if (format == OutputFormat.MERMAID || format == OutputFormat.DOT) {
            out().print(format == OutputFormat.MERMAID ? GraphExport.mermaid(map) : GraphExport.dot(map));
            return 0;
        }
        if (graph) {
            GraphText.render(map, current).forEach(out()::println);
            return 0;
        }
        if (format == OutputFormat.JSON) {
            out().println(Json.write(revisions.stream().map(r -> RevisionText.json(r, map, marked)).toList()));
            return 0;
        }
        Set<String> changed = root.verbose() ? changedRevisions(project) : Set.of();
        for (Revision revision : revisions) {
            if (root.verbose()) {
                List<String> lines = new ArrayList<>(RevisionText.verbose(revision, map, marked));
                if (changed.contains(revision.id())) {
                    lines.add(1, "Changed: its file changed after it was applied; the changes are not rerun");
                }
                lines.forEach(out()::println);
            } else {
                out().println(RevisionText.line(revision, map, marked));
            }
        }
        return 0;
    }

    /** Verbose history compares checksums when the database can be read, but does not need it. */
    private Set<String> changedRevisions(Project project) {
        try {
            return new MigrationCommands(project).changedRevisions();
        } catch (WsMigrateException e) {
            if (e.exitCode() != ExitCode.DATABASE) {
                throw e;
            }
            warn("checksums not compared with the applied revisions: " + e.getMessage());
            return Set.of();
        }
    }
}

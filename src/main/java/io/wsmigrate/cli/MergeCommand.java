package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code merge -m MSG REV...}: join branches into one head. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Write a revision that merges REVs (e.g. heads).")
final class MergeCommand extends Subcommand {
    @Mixin
    RevisionOptions revision;

    @Parameters(paramLabel = "REV", arity = "1..*", description = "Revisions to merge, or heads.")
    List<String> revisions;

    @Override
    int run(Project project) {
        Path file = new RevisionCommands(project).merge(revisions, revision.request(null, false, List.of()));
        out().println("Generated " + file);
        return 0;
    }
}

package io.wsmigrate.cli;

import io.wsmigrate.command.AutogenerateCommands;
import io.wsmigrate.command.AutogenerateCommands.RenameDecider;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.command.RevisionCommands.RevisionRequest;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code revision -m MSG}: write a new revision file. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Write a new revision file on top of the current head.")
final class RevisionCommand extends Subcommand {
    @Mixin
    RevisionOptions revision;

    @Option(names = "--head", paramLabel = "REV", description = "The parent: head (default), base, or a revision.")
    String head;

    @Option(names = "--splice", description = "Allow a parent that is not a head (starts a branch).")
    boolean splice;

    @Option(names = "--depends-on", paramLabel = "REV", description = "A revision that must be applied first.")
    List<String> dependsOn;

    @Option(names = "--autogenerate", description = "Fill the revision with the differences between the "
            + "package's entities and the database.")
    boolean autogenerate;

    @Mixin
    DiffOptionsMixin diff;

    @Override
    int run(Project project) {
        RevisionRequest request = revision.request(head, splice, dependsOn);
        if (!autogenerate) {
            out().println("Generated " + new RevisionCommands(project).revision(request));
            return 0;
        }
        AutogenerateCommands.Result result = new AutogenerateCommands(project).revision(request, diff.options(),
                root.terminal().interactive() ? new RenameQuestion(root.terminal()) : RenameDecider.NEVER);
        if (result.file() == null) {
            out().println("No changes detected; no revision written.");
            return 0;
        }
        result.comparison().differences().forEach(line -> info("Detected " + line));
        result.comparison().plan().upgrade().stream().filter(op -> op.review().isPresent())
                .forEach(op -> warn("review before running: " + op.describe() + ": " + op.review().get()));
        result.comparison().renameCandidates().forEach(c -> warn("possible rename written as drop + add: "
                + c.describe() + "; rerun with --rename " + c.hint() + " if it is one"));
        result.files().forEach(file -> out().println("Generated " + file));
        return 0;
    }
}

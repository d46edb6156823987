package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
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

    @Override
    int run(Project project) {
        Path file = new RevisionCommands(project).revision(revision.request(head, splice, dependsOn));
        out().println("Generated " + file);
        return 0;
    }
}

package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code init [DIR]}: create the package's scripts folder. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the scripts folder (default: migrations.location) with a README and versions/.")
final class InitCommand extends Subcommand {
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The folder to create.")
    Path folder;

    @Override
    int run(Project project) {
        Path created = new RevisionCommands(project).init(folder);
        out().println("Created " + created + "; next: ws-migrate revision --autogenerate -m \"Initial migration\"");
        return 0;
    }
}

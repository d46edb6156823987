package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.command.AutogenerateCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.compare.CompareResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code check}: for CI, do the models and the database agree? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the package's entities with the database; exit 1 and list the differences if they "
                + "disagree (what revision --autogenerate would write).")
final class CheckCommand extends Subcommand {
    @Mixin
    DiffOptionsMixin diff;

    @Override
    int run(Project project) {
        CompareResult result = new AutogenerateCommands(project).check(diff.options());
        if (result.isEmpty()) {
            info("No differences: the entities match the database.");
            return 0;
        }
        out().println(result.differences().size() + " difference(s) between the entities and the database:");
        result.differences().forEach(line -> out().println("  - " + line));
        out().println("Run `ws-migrate revision --autogenerate -m MESSAGE` to write them as a revision.");
        return ExitCode.DIFFERENCES.code();
    }
}

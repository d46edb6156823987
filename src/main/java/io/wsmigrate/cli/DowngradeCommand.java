package io.wsmigrate.cli;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.runtime.Migrator.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code downgrade TARGET}. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert revisions down to TARGET: base, an id or prefix, -N, label@base.")
final class DowngradeCommand extends Subcommand {
    @Parameters(paramLabel = "TARGET", description = "Where to go; with --sql FROM:TO.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it; touches no database.")
    boolean sql;

    @Mixin
    MigrationOptionsMixin migration;

    @Override
    int run(Project project) {
        MigrationCommands commands = new MigrationCommands(project);
        if (sql) {
            out().print(commands.downgradeSql(target));
            return 0;
        }
        RunResult result = commands.downgrade(target, migration.options(project.settings().database()),
                MigrationOptionsMixin.printing(this));
        info(Summaries.of(result, "downgrade"));
        return 0;
    }
}

package io.wsmigrate.cli;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.runtime.Migrator.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code upgrade TARGET}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply revisions up to TARGET: head, heads, an id or prefix, label@head, +N, ID+N.")
final class UpgradeCommand extends Subcommand {
    @Parameters(paramLabel = "TARGET", description = "Where to go; with --sql also FROM:TO.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it; touches no database.")
    boolean sql;

    @Mixin
    MigrationOptionsMixin migration;

    @Override
    int run(Project project) {
        MigrationCommands commands = new MigrationCommands(project);
        if (sql) {
            out().print(commands.upgradeSql(target));
            return 0;
        }
        RunResult result = commands.upgrade(target, migration.options(project.settings().database()),
                MigrationOptionsMixin.printing(this));
        info(Summaries.of(result, "upgrade"));
        return 0;
    }
}

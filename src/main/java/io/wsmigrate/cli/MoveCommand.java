package io.wsmigrate.cli;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.runtime.Migrator.RunResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code upgrade} and {@code downgrade} share: a target, {@code --sql}, and the run options. */
abstract class MoveCommand extends Subcommand {
    @Parameters(paramLabel = "TARGET", description = "Where to go; with --sql a FROM:TO range.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it; touches no database.")
    boolean sql;

    @Mixin
    MigrationOptionsMixin migration;

    /** {@code upgrade} or {@code downgrade}, for the summary line. */
    abstract String verb();

    abstract String offlineSql(MigrationCommands commands, String target);

    abstract RunResult move(MigrationCommands commands, String target, MigrationOptions options,
                            MigrationListener listener);

    @Override
    final int run(Project project) {
        MigrationCommands commands = new MigrationCommands(project);
        if (sql) {
            out().print(offlineSql(commands, target));
            return 0;
        }
        RunResult result = move(commands, target, migration.options(project.settings().database()),
                MigrationOptionsMixin.printing(this));
        info(Summaries.of(result, verb()));
        return 0;
    }
}

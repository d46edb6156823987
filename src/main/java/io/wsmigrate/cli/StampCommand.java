package io.wsmigrate.cli;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.runtime.Migrator.RunResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stamp REV...}: set the version table without running revisions. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record REV as applied without running anything (repair, or adopt an existing schema).")
final class StampCommand extends Subcommand {
    @Parameters(paramLabel = "REV", arity = "1..*", description = "Revisions to stamp; base empties the table.")
    List<String> targets;

    @Option(names = "--purge", description = "Empty the version table first, even of revisions no script knows.")
    boolean purge;

    @Option(names = "--sql", description = "Print the SQL instead of running it; touches no database.")
    boolean sql;

    @Mixin
    MigrationOptionsMixin migration;

    @Override
    int run(Project project) {
        MigrationCommands commands = new MigrationCommands(project);
        if (sql) {
            out().print(commands.stampSql(targets, purge));
            return 0;
        }
        RunResult result = commands.stamp(targets, purge, migration.options(project.settings().database()),
                MigrationOptionsMixin.printing(this));
        info("Stamped: the database is at " + Summaries.describe(result.headsAfter()) + ".");
        return 0;
    }
}

package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.DriftCommands;
import io.wsmigrate.command.FleetCommands;
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

    @Option(names = "--check-drift", description = "First compare the database with what the scripts create at REV "
            + "(replayed into a throwaway embedded PostgreSQL), names included; on drift, list it and stamp nothing "
            + "(exit 1) unless --force.")
    boolean checkDrift;

    @Option(names = "--force", description = "With --check-drift: stamp even when the database drifts, after listing "
            + "the drift.")
    boolean force;

    @Mixin
    MigrationOptionsMixin migration;

    @Mixin
    FleetMixin fleet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "The fleet report: text or json.")
    OutputFormat format;

    @Override
    int run(Project project) {
        MigrationCommands commands = new MigrationCommands(project);
        if (sql && checkDrift) {
            throw RootCommand.usage("--check-drift compares the database; --sql touches none: use one of them");
        }
        boolean json = FleetPrinter.requireFormat(format, fleet.active());
        if (fleet.active()) {
            if (sql || checkDrift) {
                throw RootCommand.usage((sql ? "--sql" : "--check-drift") + " is for one database; leave it out with"
                        + " --all-targets or --target");
            }
            FleetPrinter printer = new FleetPrinter(this, json);
            return printer.print(new FleetCommands(project).stamp(targets, purge,
                    migration.options(project.settings().database()), fleet.options(), printer), ExitCode.FLEET.code());
        }
        if (sql) {
            printScript(commands.stampSql(targets, purge));
            return 0;
        }
        if (force && !checkDrift) {
            throw RootCommand.usage("--force only lifts --check-drift's refusal; use stamp --check-drift --force");
        }
        if (checkDrift && new DriftReport(this).print(new DriftCommands(project).checkAt(targets))
                == DriftReport.Printed.DRIFT) {
            if (!force) {
                throw new WsMigrateException(ExitCode.DIFFERENCES, "nothing stamped: the database drifts from the"
                        + " scripts at " + String.join(", ", targets) + "; stamp anyway with --force, then converge"
                        + " it with `ws-migrate revision --autogenerate --converge -m MESSAGE`");
            }
            warn("stamping although the database drifts (--force); converge it next: ws-migrate revision"
                    + " --autogenerate --converge -m MESSAGE");
        }
        RunResult result = commands.stamp(targets, purge, migration.options(project.settings().database()),
                MigrationOptionsMixin.printing(this));
        info("Stamped: the database is at " + Summaries.describe(result.headsAfter()) + ".");
        return 0;
    }
}

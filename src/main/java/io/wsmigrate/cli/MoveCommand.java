package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.command.FleetCommands;
import io.wsmigrate.command.FleetListener;
import io.wsmigrate.command.FleetOptions;
import io.wsmigrate.command.FleetReport;
import io.wsmigrate.command.FleetSql;
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

    @Option(names = "--single-transaction", negatable = true,
            description = "Run all the revisions in one transaction, all or nothing, as psql --single-transaction "
                    + "(Alembic's default, Flyway's group): a failure or Ctrl-C leaves the database as it was, and "
                    + "the revisions go to the server many at a time. Refused when a revision is transactional: false. "
                    + "Default: migrations.single_transaction in the settings (false); --no-single-transaction runs "
                    + "each revision in its own transaction whatever they say.")
    Boolean singleTransaction;

    @Mixin
    FleetMixin fleet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "The fleet report: text or json.")
    OutputFormat format;

    /** {@code upgrade} or {@code downgrade}, for the summary line. */
    abstract String verb();

    abstract String offlineSql(MigrationCommands commands, String target, boolean singleTransaction);

    abstract String offlineFleetSql(FleetSql commands, String target, FleetOptions fleetOptions);

    abstract RunResult move(MigrationCommands commands, String target, MigrationOptions options,
                            MigrationListener listener);

    abstract FleetReport moveFleet(FleetCommands commands, String target, MigrationOptions options,
                                   FleetOptions fleetOptions, FleetListener listener);

    @Override
    final int run(Project project) {
        MigrationCommands commands = new MigrationCommands(project);
        boolean json = FleetPrinter.requireFormat(format, fleet.active());
        if (fleet.active()) {
            if (sql) {
                if (json) {
                    throw RootCommand.usage("--sql prints a script, not a report: leave out --format json");
                }
                if (Boolean.TRUE.equals(singleTransaction)) { // the flag, not the settings: they serve live runs too
                    throw RootCommand.usage("--single-transaction has no meaning with a fleet's --sql: its script runs"
                            + " each target in one transaction already (a `transactional: false` revision commits"
                            + " around itself); leave out --single-transaction");
                }
                if (fleet.jobs != null) {
                    throw RootCommand.usage("-j has no meaning with --sql: psql runs the script's targets one after"
                            + " another; leave out -j");
                }
                printScript(offlineFleetSql(new FleetSql(project), target, fleet.options()));
                return 0;
            }
            FleetPrinter printer = new FleetPrinter(this, json);
            return printer.print(moveFleet(new FleetCommands(project), target, options(project), fleet.options(),
                    printer), ExitCode.FLEET.code());
        }
        if (sql) {
            printScript(offlineSql(commands, target, options(project).singleTransaction()));
            return 0;
        }
        RunResult result = move(commands, target, options(project), MigrationOptionsMixin.printing(this));
        info(Summaries.of(result, verb()));
        return 0;
    }

    /** One transaction when the flag, else the settings, ask for it: --no-single-transaction wins over the key. */
    private MigrationOptions options(Project project) {
        return migration.options(project.settings().database()).withSingleTransaction(singleTransaction != null
                ? singleTransaction : project.settings().migrations().singleTransaction());
    }
}

package io.wsmigrate.cli;

import io.wsmigrate.command.FleetCommands;
import io.wsmigrate.command.FleetListener;
import io.wsmigrate.command.FleetOptions;
import io.wsmigrate.command.FleetReport;
import io.wsmigrate.command.FleetSql;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.runtime.Migrator.RunResult;
import picocli.CommandLine.Command;

/** {@code downgrade TARGET}. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert revisions down to TARGET: base, an id or prefix, -N, label@base.")
final class DowngradeCommand extends MoveCommand {
    @Override
    String verb() {
        return "downgrade";
    }

    @Override
    String offlineSql(MigrationCommands commands, String target, boolean singleTransaction) {
        return commands.downgradeSql(target, singleTransaction);
    }

    @Override
    String offlineFleetSql(FleetSql commands, String target, FleetOptions fleetOptions) {
        return commands.downgrade(target, fleetOptions);
    }

    @Override
    RunResult move(MigrationCommands commands, String target, MigrationOptions options, MigrationListener listener) {
        return commands.downgrade(target, options, listener);
    }

    @Override
    FleetReport moveFleet(FleetCommands commands, String target, MigrationOptions options, FleetOptions fleetOptions,
                          FleetListener listener) {
        return commands.downgrade(target, options, fleetOptions, listener);
    }
}

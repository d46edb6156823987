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

/** {@code upgrade TARGET}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply revisions up to TARGET: head, heads, an id or prefix, label@head, +N, ID+N.")
final class UpgradeCommand extends MoveCommand {
    @Override
    String verb() {
        return "upgrade";
    }

    @Override
    String offlineSql(MigrationCommands commands, String target, boolean singleTransaction) {
        return commands.upgradeSql(target, singleTransaction);
    }

    @Override
    String offlineFleetSql(FleetSql commands, String target, FleetOptions fleetOptions) {
        return commands.upgrade(target, fleetOptions);
    }

    @Override
    RunResult move(MigrationCommands commands, String target, MigrationOptions options, MigrationListener listener) {
        return commands.upgrade(target, options, listener);
    }

    @Override
    FleetReport moveFleet(FleetCommands commands, String target, MigrationOptions options, FleetOptions fleetOptions,
                          FleetListener listener) {
        return commands.upgrade(target, options, fleetOptions, listener);
    }
}

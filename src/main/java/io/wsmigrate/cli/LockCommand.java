package io.wsmigrate.cli;

import io.wsmigrate.command.DatabaseCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.db.AdvisoryLock.LockHolder;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code lock}: who holds this package's migration lock. */
@Command(name = "lock", mixinStandardHelpOptions = true,
        description = "Show whether a ws-migrate run holds this package's migration lock, and which session.")
final class LockCommand extends Subcommand {
    @Override
    int run(Project project) {
        DatabaseCommands commands = new DatabaseCommands(project);
        List<LockHolder> holders = commands.lockHolders();
        String table = commands.versionTable();
        if (holders.isEmpty()) {
            out().println("The migration lock of " + table + " is free.");
        }
        for (LockHolder h : holders) {
            out().println("The migration lock of " + table + " is " + h.describe() + ", connected since "
                    + h.backendStart() + ", state " + h.state() + ".");
        }
        return 0;
    }
}

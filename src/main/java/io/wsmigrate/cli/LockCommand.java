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
        List<LockHolder> holders = new DatabaseCommands(project).lockHolders();
        String table = project.versionTable().name().toString();
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

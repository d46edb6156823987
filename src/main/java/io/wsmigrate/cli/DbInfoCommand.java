package io.wsmigrate.cli;

import io.wsmigrate.command.DatabaseCommands;
import io.wsmigrate.command.Project;
import picocli.CommandLine.Command;

/** {@code db-info}: proves the connection end to end. */
@Command(name = "db-info", mixinStandardHelpOptions = true,
        description = "Connect to the configured database and show the server, database, user, version table and the Hibernate that builds the model.")
final class DbInfoCommand extends Subcommand {
    @Override
    int run(Project project) {
        DatabaseCommands.DbInfo info = new DatabaseCommands(project).info();
        out().println("Database:      " + info.url());
        out().println("Server:        PostgreSQL " + info.serverVersion());
        out().println("Name:          " + info.database());
        out().println("User:          " + info.user());
        out().println("Package:       " + project.settings().migrations().packageName());
        out().println("Hibernate:     " + info.hibernate());
        out().println("Version table: " + info.versionTable() + (info.versionTableExists() ? "" : " (not created yet)"));
        if (info.versionTableExists()) {
            out().println("Current:       " + Summaries.describe(info.heads()));
        }
        return 0;
    }
}

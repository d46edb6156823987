package io.wsmigrate.cli;

import io.wsmigrate.command.ModelCommands;
import io.wsmigrate.command.ModelCommands.SyncResult;
import io.wsmigrate.command.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sync-db}: Websauna's ws-sync-db. */
@Command(name = "sync-db", mixinStandardHelpOptions = true,
        description = {"Create the package's tables straight from the models, then stamp the scripts' heads so "
                + "later migrations continue from there.",
            "Meant for development and test databases; production databases get `upgrade head`."})
final class SyncDbCommand extends Subcommand {
    @Option(names = "--allow-existing", description = "When some tables exist, create only the missing ones "
            + "(existing tables are not altered).")
    boolean allowExisting;

    @Override
    int run(Project project) {
        SyncResult result = new ModelCommands(project).syncDb(allowExisting);
        result.created().forEach(t -> info("Created table " + t));
        result.existing().forEach(t -> info("Left existing table " + t + " as it is"));
        out().println("Created " + result.created().size() + " table(s); " + (result.stampedHeads().isEmpty()
                ? "the package has no revisions to stamp." : "the database is stamped at "
                + Summaries.describe(result.stampedHeads()) + "."));
        return 0;
    }
}

package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.ToolCommands;
import io.wsmigrate.pgclient.ChildStreams;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code db-shell [-- PSQL_ARG...]}: psql on the configured database, like Websauna's ws-db-shell. */
@Command(name = "db-shell", mixinStandardHelpOptions = true,
        customSynopsis = "ws-migrate db-shell [-hqvV] [-c=FILE] [-- PSQL_ARG...]",
        description = {"Open psql on the configured database; an embedded one runs until psql ends.",
            "Arguments after -- go to psql unchanged. The exit code is psql's own.",
            "The password reaches psql in a private temporary password file, never on",
            "its command line. psql is found on PATH, or at $WS_MIGRATE_PSQL."},
        footerHeading = "%nExamples:%n",
        footer = {"  ws-migrate db-shell",
            "  ws-migrate db-shell -- -c 'select count(*) from customer'",
            "  ws-migrate db-shell -- -v ON_ERROR_STOP=1 -f script.sql",
            "",
            "Restoring a dump from dump-db into an empty database:",
            "  ws-migrate db-shell -- -v ON_ERROR_STOP=1 -f dump.sql",
            "  pg_restore dump.custom | ws-migrate db-shell -- -v ON_ERROR_STOP=1",
            "(the second for pg_dump's custom format, dump-db -f dump.custom -- -Fc)",
            ""})
final class DbShellCommand extends Subcommand {
    @Parameters(paramLabel = "PSQL_ARG", arity = "0..*", description = "Arguments for psql, after --.")
    List<String> psqlArguments = new ArrayList<>();

    @Override
    int run(Project project) {
        flush();
        return new ToolCommands(project).dbShell(psqlArguments, ChildStreams.INHERIT, warning -> {
            warn(warning);
            flush();
        }).exitCode();
    }

    /** psql writes to the same terminal: what we printed so far must come first. */
    private void flush() {
        out().flush();
        root.terminal().err().flush();
    }
}

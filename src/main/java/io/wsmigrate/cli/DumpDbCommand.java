package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.ToolCommands;
import io.wsmigrate.command.ToolCommands.DumpResult;
import io.wsmigrate.pgclient.ChildStreams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dump-db [-f FILE] [-- PG_DUMP_ARG...]}: pg_dump of the configured database, like ws-dump-db. */
@Command(name = "dump-db", mixinStandardHelpOptions = true,
        customSynopsis = "ws-migrate dump-db [-hqvV] [-c=FILE] [-f=FILE] [-- PG_DUMP_ARG...]",
        description = {"Back up the configured database with pg_dump: plain SQL to stdout, or to FILE.",
            "FILE (readable by you only) appears only when pg_dump succeeds: a failed dump",
            "leaves no file, and an older FILE as it was. Arguments after -- go to pg_dump",
            "unchanged. pg_dump is found on PATH, or at $WS_MIGRATE_PG_DUMP; it must be of",
            "the server's major version or newer. The password reaches it in a private",
            "temporary password file, never on its command line."},
        footerHeading = "%nExamples:%n",
        footer = {"  ws-migrate dump-db > dump.sql",
            "  ws-migrate dump-db -f dump.sql -- --no-owner --no-privileges",
            "  ws-migrate dump-db -f dump.sql -- --schema-only",
            "  ws-migrate dump-db -f dump.custom -- -Fc",
            "",
            "Restoring into an empty database:",
            "  ws-migrate db-shell -- -v ON_ERROR_STOP=1 -f dump.sql",
            "  pg_restore dump.custom | ws-migrate db-shell -- -v ON_ERROR_STOP=1",
            ""})
final class DumpDbCommand extends Subcommand {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Write the dump here instead of stdout.")
    Path file;

    @Parameters(paramLabel = "PG_DUMP_ARG", arity = "0..*", description = "Arguments for pg_dump, after --.")
    List<String> pgDumpArguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    int run(Project project) {
        refuseArgumentsBeforeDoubleDash();
        out().flush();
        root.terminal().err().flush();
        DumpResult result = new ToolCommands(project).dumpDb(Optional.ofNullable(file), pgDumpArguments,
                ChildStreams.INHERIT);
        result.file().ifPresent(written -> info("Dumped the database to " + written + " (" + size(written)
                + ", pg_dump " + result.pgDumpVersion().text() + ", server " + result.serverVersion().text() + ")."));
        return 0;
    }

    /**
     * {@code dump-db backup.sql} would hand backup.sql to pg_dump as the database to dump: only
     * what follows {@code --} goes to pg_dump, and the file is {@code -f FILE}.
     */
    private void refuseArgumentsBeforeDoubleDash() {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int dashes = original.indexOf("--");
        int afterDashes = dashes < 0 ? 0 : original.size() - dashes - 1;
        if (pgDumpArguments.size() > afterDashes) {
            String first = pgDumpArguments.get(0);
            throw RootCommand.usage("dump-db takes no argument `" + first + "`: write the dump to a file with"
                    + " `dump-db -f " + first + "`; arguments for pg_dump go after `--`");
        }
    }

    private static String size(Path file) {
        try {
            long bytes = Files.isDirectory(file) ? -1 : Files.size(file);
            return bytes < 0 ? "a folder" : bytes < 10_240 ? bytes + " bytes" : (bytes / 1024) + " kB";
        } catch (java.io.IOException e) {
            return "size unknown";
        }
    }
}

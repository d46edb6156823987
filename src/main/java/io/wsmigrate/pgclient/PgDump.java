package io.wsmigrate.pgclient;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.config.DatabaseSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PostgreSQL's backup program, on the configured database. */
public final class PgDump {
    private final ToolLauncher launcher;

    private PgDump(ToolLauncher launcher) {
        this.launcher = launcher;
    }

    /** Finds pg_dump ({@code WS_MIGRATE_PG_DUMP}, else {@code PATH} in {@code environment}); fails if it is missing. */
    public static PgDump locate(Map<String, String> environment) {
        return new PgDump(new ToolLauncher(ProgramLocator.locate(ClientProgram.PG_DUMP, environment), environment));
    }

    public Path program() {
        return launcher.program();
    }

    /**
     * A pg_dump that can dump {@code server}: the one found as {@link #locate} finds it, or, when
     * that one is older than the server, one of the server's major installed beside it (see
     * {@link ClientChoice}). Fails, saying what to install, when there is none.
     */
    public static PgDump forServer(Map<String, String> environment, PgVersion server) {
        ClientChoice choice = ClientChoice.forServer(ClientProgram.PG_DUMP, environment, server);
        checkCanDump(choice.version(), server);
        return new PgDump(new ToolLauncher(choice.program(), environment));
    }

    /** What {@code pg_dump --version} says. */
    public PgVersion version() {
        return ClientChoice.versionOf(ClientProgram.PG_DUMP, program(), launcher.environment());
    }

    /** pg_dump refuses servers of a later major version than its own; say so before it starts. */
    public static void checkCanDump(PgVersion pgDump, PgVersion server) {
        if (server.isNewerMajorThan(pgDump)) {
            throw new ToolException("pg_dump " + pgDump.text() + " cannot dump this server, which runs PostgreSQL "
                    + server.text() + ": pg_dump must be of the server's major version or newer; "
                    + ClientChoice.installHint(ClientProgram.PG_DUMP, server));
        }
    }

    /** Dumps to the streams' output (the terminal, or what stdout is redirected to). */
    public ToolRun dumpToOutput(DatabaseSettings connection, List<String> arguments, ChildStreams streams) {
        rejectOwnFile(arguments);
        return succeeded(launcher.run(connection, arguments, streams), "");
    }

    /** Dumps into {@code file}, which appears (or is replaced) only when pg_dump succeeds. */
    public ToolRun dumpToFile(DatabaseSettings connection, Path file, List<String> arguments, ChildStreams streams) {
        rejectOwnFile(arguments);
        try (DumpFile dump = DumpFile.prepare(file, PgDumpArguments.directoryFormat(arguments))) {
            List<String> withFile = new ArrayList<>(arguments);
            withFile.add("--file=" + dump.temporary());
            ToolRun run = succeeded(launcher.run(connection, withFile, streams), "; " + file + " was not written");
            dump.publish();
            return run;
        }
    }

    private static ToolRun succeeded(ToolRun run, String consequence) {
        if (!run.succeeded()) {
            throw new ToolFailedException("pg_dump failed with exit code " + run.exitCode()
                    + " (its messages say why)" + consequence, run);
        }
        return run;
    }

    /** Fails on arguments that cannot work together, before anything is started. */
    public static void checkArguments(Optional<Path> file, List<String> arguments) {
        rejectOwnFile(arguments);
        file.ifPresent(f -> DumpFile.checkTarget(f, PgDumpArguments.directoryFormat(arguments)));
    }

    private static void rejectOwnFile(List<String> arguments) {
        if (PgDumpArguments.namesOutputFile(arguments)) {
            throw new WsMigrateException(ExitCode.USAGE, "give the dump file to `dump-db -f FILE`, not as pg_dump's "
                    + "-f/--file: dump-db writes a temporary file and moves it into place only if pg_dump succeeds");
        }
    }
}

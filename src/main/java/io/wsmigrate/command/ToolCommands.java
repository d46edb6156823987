package io.wsmigrate.command;

import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.pgclient.ChildStreams;
import io.wsmigrate.pgclient.PgDump;
import io.wsmigrate.pgclient.PgVersion;
import io.wsmigrate.pgclient.Psql;
import io.wsmigrate.pgclient.ToolRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code db-shell} and {@code dump-db}: PostgreSQL's own client programs on the configured
 * database. Each program is looked up before the database is opened, so a missing one fails fast
 * without starting an embedded server; an embedded server runs for as long as the program does.
 */
public final class ToolCommands {
    private final Project project;

    public ToolCommands(Project project) {
        this.project = project;
    }

    /** What {@code dump-db} did: the file written (empty when the dump went to the output stream). */
    public record DumpResult(Optional<Path> file, PgVersion pgDumpVersion, PgVersion serverVersion, ToolRun run) {
    }

    /** Runs psql with these arguments; its exit code, whatever it is, is in the result. */
    public ToolRun dbShell(List<String> psqlArguments, ChildStreams streams) {
        return dbShell(psqlArguments, streams, warning -> { });
    }

    /**
     * Runs psql with these arguments, one of the server's major when one is installed; when the
     * only psql is older than the server, {@code warnings} hears why and what to install before
     * psql starts. Its exit code, whatever it is, is in the result.
     */
    public ToolRun dbShell(List<String> psqlArguments, ChildStreams streams, Consumer<String> warnings) {
        Psql psql = Psql.locate(project.environment());
        Optional<PgVersion> server = serverVersionIfReachable();
        if (server.isPresent()) {
            psql = Psql.forServer(project.environment(), server.get());
            psql.olderThanServer().ifPresent(warnings);
        }
        return psql.run(project.database().settings(), psqlArguments, streams);
    }

    /** A server that refuses our connection refuses psql's too: psql then says why in its own words. */
    private Optional<PgVersion> serverVersionIfReachable() {
        try {
            return Optional.of(PgVersion.ofServer(project.connection()));
        } catch (DatabaseException e) {
            if (project.settings().database().isEmbedded()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /**
     * Runs pg_dump with these arguments into {@code file}, or to the streams' output when
     * {@code file} is empty, with a pg_dump of the server's major when the one found first is older
     * (see {@link PgDump#forServer}). Fails, writing nothing under {@code file}'s name, when no
     * pg_dump is as new as the server, or pg_dump exits with an error.
     */
    public DumpResult dumpDb(Optional<Path> file, List<String> pgDumpArguments, ChildStreams streams) {
        PgDump.checkArguments(file, pgDumpArguments);
        PgDump.locate(project.environment()); // a missing pg_dump fails before an embedded server starts
        PgVersion serverVersion = PgVersion.ofServer(project.connection());
        PgDump pgDump = PgDump.forServer(project.environment(), serverVersion);
        PgVersion pgDumpVersion = pgDump.version();
        ToolRun run = file.isPresent()
                ? pgDump.dumpToFile(project.database().settings(), file.get(), pgDumpArguments, streams)
                : pgDump.dumpToOutput(project.database().settings(), pgDumpArguments, streams);
        return new DumpResult(file.map(f -> f.toAbsolutePath().normalize()), pgDumpVersion, serverVersion, run);
    }
}

package io.wsmigrate.command;

import io.wsmigrate.tools.ChildStreams;
import io.wsmigrate.tools.PgDump;
import io.wsmigrate.tools.PgVersion;
import io.wsmigrate.tools.Psql;
import io.wsmigrate.tools.ToolRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
        Psql psql = Psql.locate(project.environment());
        return psql.run(project.database().settings(), psqlArguments, streams);
    }

    /**
     * Runs pg_dump with these arguments into {@code file}, or to the streams' output when
     * {@code file} is empty. Fails, writing nothing under {@code file}'s name, when pg_dump is older
     * than the server or exits with an error.
     */
    public DumpResult dumpDb(Optional<Path> file, List<String> pgDumpArguments, ChildStreams streams) {
        PgDump.checkArguments(file, pgDumpArguments);
        PgDump pgDump = PgDump.locate(project.environment());
        PgVersion pgDumpVersion = pgDump.version();
        PgVersion serverVersion = PgVersion.ofServer(project.connection());
        PgDump.checkCanDump(pgDumpVersion, serverVersion);
        ToolRun run = file.isPresent()
                ? pgDump.dumpToFile(project.database().settings(), file.get(), pgDumpArguments, streams)
                : pgDump.dumpToOutput(project.database().settings(), pgDumpArguments, streams);
        return new DumpResult(file.map(f -> f.toAbsolutePath().normalize()), pgDumpVersion, serverVersion, run);
    }
}

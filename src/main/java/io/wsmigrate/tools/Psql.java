package io.wsmigrate.tools;

import io.wsmigrate.config.DatabaseSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** PostgreSQL's interactive terminal, on the configured database. */
public final class Psql {
    private final ToolLauncher launcher;

    private Psql(ToolLauncher launcher) {
        this.launcher = launcher;
    }

    /** Finds psql ({@code WS_MIGRATE_PSQL}, else {@code PATH} in {@code environment}); fails if it is missing. */
    public static Psql locate(Map<String, String> environment) {
        return new Psql(new ToolLauncher(ProgramLocator.locate(ClientProgram.PSQL, environment), environment));
    }

    public Path program() {
        return launcher.program();
    }

    /**
     * Runs psql with these arguments ({@code -c}, {@code -f}, {@code -v ON_ERROR_STOP=1}, ...) and
     * waits for it. psql's own exit code is the result, whatever it is: psql has already told the
     * user why.
     */
    public ToolRun run(DatabaseSettings connection, List<String> arguments, ChildStreams streams) {
        return launcher.run(connection, arguments, streams);
    }
}

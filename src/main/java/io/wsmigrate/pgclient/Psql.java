package io.wsmigrate.pgclient;

import io.wsmigrate.config.DatabaseSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PostgreSQL's interactive terminal, on the configured database. */
public final class Psql {
    private final ToolLauncher launcher;
    private final Optional<String> olderThanServer;

    private Psql(ToolLauncher launcher, Optional<String> olderThanServer) {
        this.launcher = launcher;
        this.olderThanServer = olderThanServer;
    }

    /** Finds psql ({@code WS_MIGRATE_PSQL}, else {@code PATH} in {@code environment}); fails if it is missing. */
    public static Psql locate(Map<String, String> environment) {
        return new Psql(new ToolLauncher(ProgramLocator.locate(ClientProgram.PSQL, environment), environment),
                Optional.empty());
    }

    /**
     * A psql for {@code server}: the one found as {@link #locate} finds it, or, when that one is
     * older than the server, one of the server's major installed beside it (see {@link ClientChoice}).
     * An older psql still runs; {@link #olderThanServer} then says so and what to install.
     */
    public static Psql forServer(Map<String, String> environment, PgVersion server) {
        ClientChoice choice = ClientChoice.forServer(ClientProgram.PSQL, environment, server);
        Optional<String> warning = choice.olderThanServer()
                ? Optional.of("psql " + choice.version().text() + " is older than the server, which runs PostgreSQL "
                        + server.text() + ": it connects, but its \\d commands may fail; "
                        + ClientChoice.installHint(ClientProgram.PSQL, server))
                : Optional.empty();
        return new Psql(new ToolLauncher(choice.program(), environment), warning);
    }

    /** Why this psql may not serve the server fully, when it is of an older major. */
    public Optional<String> olderThanServer() {
        return olderThanServer;
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

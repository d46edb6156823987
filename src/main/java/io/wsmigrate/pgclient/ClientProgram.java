package io.wsmigrate.pgclient;

/** The PostgreSQL client programs ws-migrate runs, and the variable that may name each one's path. */
public enum ClientProgram {
    PSQL("psql", "WS_MIGRATE_PSQL"),
    PG_DUMP("pg_dump", "WS_MIGRATE_PG_DUMP");

    private final String programName;
    private final String pathVariable;

    ClientProgram(String programName, String pathVariable) {
        this.programName = programName;
        this.pathVariable = pathVariable;
    }

    public String programName() {
        return programName;
    }

    /** The environment variable that overrides the search on {@code PATH}. */
    public String pathVariable() {
        return pathVariable;
    }
}

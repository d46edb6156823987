package io.wsmigrate;

/** Every exit code the tool returns, in one place so `--help` and the docs can list them. */
public enum ExitCode {
    OK(0, "success"),
    DIFFERENCES(1, "check found differences or drift, or the database is not at head"),
    USAGE(2, "unknown command or option, or a bad argument"),
    CONFIG(3, "the settings file is missing, malformed or incomplete"),
    DATABASE(4, "the database could not be reached, the connection was lost (rerun to continue), or it refused a statement"),
    REVISION(5, "a revision file, the revision graph or a revision target is wrong"),
    MIGRATION(6, "a revision failed while it ran; earlier revisions stay applied"),
    LOCK(7, "another ws-migrate run holds the migration lock past --lock-timeout"),
    MODEL(8, "the entity classes could not be scanned or mapped"),
    TOOL(9, "an external tool (psql, pg_dump) is missing or failed"),
    FLEET(10, "a fleet command (--all-targets, --target) left targets short of the goal: failed, stopped or not"
            + " started; the report names them, and a rerun continues"),
    INTERRUPTED(130, "stopped by Ctrl-C (SIGINT): the running statement was cancelled and its revision rolled back"),
    TERMINATED(143, "stopped by SIGTERM: the running statement was cancelled and its revision rolled back"),
    INTERNAL(70, "an internal error; please report it with --verbose output");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}

package io.wsmigrate.pgclient;

/** A client program ran and exited with an error; its own messages already went to its error stream. */
public final class ToolFailedException extends ToolException {
    private final transient ToolRun run;

    public ToolFailedException(String message, ToolRun run) {
        super(message);
        this.run = run;
    }

    /** The failed run, with the program's exit code. */
    public ToolRun run() {
        return run;
    }
}

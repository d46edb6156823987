package io.wsmigrate.pgclient;

import java.lang.ProcessBuilder.Redirect;
import java.util.Objects;

/**
 * Where a client program's standard streams go. The command line passes {@link #INHERIT}: psql
 * talks to the user's terminal (readline, pager, Ctrl-C) and pg_dump writes its bytes straight to
 * our stdout, binary formats included, without passing through Java. Callers that want to keep
 * the output use files; {@link Redirect#PIPE} is refused because nobody would read it and the
 * child would block once the pipe is full.
 */
public record ChildStreams(Redirect input, Redirect output, Redirect error) {
    public static final ChildStreams INHERIT = new ChildStreams(Redirect.INHERIT, Redirect.INHERIT, Redirect.INHERIT);

    public ChildStreams {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(error, "error");
        if (input.type() == Redirect.Type.PIPE || output.type() == Redirect.Type.PIPE
                || error.type() == Redirect.Type.PIPE) {
            throw new IllegalArgumentException("ChildStreams take INHERIT, DISCARD or files, not PIPE");
        }
    }

    /** Output and errors appended to files, no input: for scripts and tests. */
    public static ChildStreams toFiles(java.nio.file.Path output, java.nio.file.Path error) {
        return new ChildStreams(Redirect.from(nullDevice()), Redirect.appendTo(output.toFile()),
                Redirect.appendTo(error.toFile()));
    }

    private static java.io.File nullDevice() {
        return new java.io.File(java.io.File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }
}

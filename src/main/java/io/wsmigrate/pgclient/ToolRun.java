package io.wsmigrate.pgclient;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One finished run of a client program: what was started, the connection variables it was given
 * (never a password: {@code PGPASSFILE} names a file that is gone by now), and its exit code.
 */
public record ToolRun(Path program, List<String> arguments, Map<String, String> connectionEnvironment,
                      int exitCode) {
    public ToolRun {
        arguments = List.copyOf(arguments);
        connectionEnvironment = Collections.unmodifiableMap(new LinkedHashMap<>(connectionEnvironment));
    }

    /** The complete command line, program first, as the operating system saw it. */
    public List<String> commandLine() {
        List<String> line = new ArrayList<>();
        line.add(program.toString());
        line.addAll(arguments);
        return List.copyOf(line);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }
}

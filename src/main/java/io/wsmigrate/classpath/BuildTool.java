package io.wsmigrate.classpath;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A build that can tell its own classpath: the files that decide it (the cache is kept until one
 * changes), the command that asks, and how its answer reads. Paths in the answer are absolute.
 */
interface BuildTool {
    /** {@code Maven}, {@code Gradle}: for messages. */
    String displayName();

    /** The project's build files, present or not: the cache key is their content. */
    List<Path> buildFiles(Path projectDir);

    /** Why the project cannot be asked (no pom, no wrapper), or null when it can. */
    String whyNotAsked(Path projectDir);

    /** The command line that writes the classpath into {@code answer}; {@code work} holds helper files. */
    List<String> command(Path projectDir, Path answer, Path work) throws IOException;

    /** Reads the answer into classpath entries, the project's own classes first. */
    List<Path> read(Path projectDir, Path answer) throws IOException;

    /** The program to run, for the message when it cannot start. */
    String program(Path projectDir);

    static BuildTool named(String name) {
        return switch (name) {
            case "maven" -> new MavenBuild();
            case "gradle" -> new GradleBuild();
            default -> throw new IllegalArgumentException("not a build tool: " + name);
        };
    }
}

package io.wsmigrate.pgclient;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a client program the way a shell would, but from the environment we are given, so a
 * missing program is our one-line error rather than an {@link java.io.IOException} from the
 * process launcher.
 */
final class ProgramLocator {
    private static final boolean WINDOWS = File.separatorChar == '\\';
    private static final String INSTALL_HINT = "install PostgreSQL's client programs (Debian/Ubuntu: "
            + "`apt-get install postgresql-client`, Fedora: `dnf install postgresql`, macOS: `brew install libpq`)";

    private ProgramLocator() {
    }

    /** The program named by its {@code WS_MIGRATE_...} variable, else the first one on {@code PATH}. */
    static Path locate(ClientProgram program, Map<String, String> environment) {
        String override = environment.get(program.pathVariable());
        if (override != null && !override.isBlank()) {
            return explicit(program, override.strip());
        }
        String path = variable(environment, "PATH");
        for (String folder : path == null ? List.<String>of() : List.of(path.split(File.pathSeparator))) {
            Optional<Path> found = inFolder(folder, program.programName());
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ToolException(program.programName() + " was not found on PATH; " + INSTALL_HINT + ", or set "
                + program.pathVariable() + " to the path of " + program.programName());
    }

    private static Path explicit(ClientProgram program, String value) {
        Path candidate;
        try {
            candidate = Path.of(value);
        } catch (InvalidPathException e) {
            candidate = null;
        }
        if (candidate == null || !isExecutableFile(candidate)) {
            throw new ToolException(program.pathVariable() + " is " + value + ", which is not an executable file; "
                    + "point it at " + program.programName() + ", or unset it to use " + program.programName()
                    + " from PATH");
        }
        return candidate.toAbsolutePath();
    }

    private static Optional<Path> inFolder(String folder, String name) {
        if (folder.isBlank()) {
            return Optional.empty(); // an empty entry means the working directory: not trusted, as relative ones
        }
        for (String fileName : WINDOWS ? List.of(name + ".exe", name) : List.of(name)) {
            try {
                Path candidate = Path.of(folder, fileName);
                if (candidate.isAbsolute() && isExecutableFile(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // a malformed PATH entry names no program; look in the next one
            }
        }
        return Optional.empty();
    }

    private static boolean isExecutableFile(Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
    }

    /** Windows spells it {@code Path}; a copied environment map no longer ignores case. */
    private static String variable(Map<String, String> environment, String name) {
        String exact = environment.get(name);
        if (exact != null || !WINDOWS) {
            return exact;
        }
        return environment.entrySet().stream()
                .filter(e -> e.getKey().toUpperCase(Locale.ROOT).equals(name))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}

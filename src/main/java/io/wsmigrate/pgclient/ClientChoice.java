package io.wsmigrate.pgclient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client program for one server: the one named by its {@code WS_MIGRATE_...} variable or found
 * on {@code PATH}; when that one is of an older major than the server and was not named
 * explicitly, one of the server's major (or a later one) installed in the folder its packagers put
 * each major in ({@code /usr/lib/postgresql/18/bin}, {@code /usr/pgsql-18/bin}, Homebrew's
 * {@code postgresql@18}). {@link #olderThanServer()} says whether even the chosen one is older.
 */
record ClientChoice(Path program, PgVersion version, PgVersion server) {
    private static final Logger LOG = LoggerFactory.getLogger(ClientChoice.class);
    /** Where packagers install each major's client programs side by side; {major} is the major. */
    static final List<String> VERSIONED_FOLDERS = List.of("/usr/lib/postgresql/{major}/bin", "/usr/pgsql-{major}/bin",
            "/opt/homebrew/opt/postgresql@{major}/bin", "/usr/local/opt/postgresql@{major}/bin",
            "C:\\Program Files\\PostgreSQL\\{major}\\bin");
    /** How many majors above the server's are looked for: a later client serves an older server. */
    private static final int LATER_MAJORS = 5;

    static ClientChoice forServer(ClientProgram program, Map<String, String> environment, PgVersion server) {
        return forServer(program, environment, server, VERSIONED_FOLDERS);
    }

    static ClientChoice forServer(ClientProgram program, Map<String, String> environment, PgVersion server,
                                  List<String> versionedFolders) {
        Path located = ProgramLocator.locate(program, environment);
        ClientChoice first = new ClientChoice(located, versionOf(program, located, environment), server);
        String named = environment.get(program.pathVariable());
        if (!first.olderThanServer() || named != null && !named.isBlank()) {
            return first;
        }
        for (int major = server.major(); major <= server.major() + LATER_MAJORS; major++) {
            Optional<Path> candidate = inFolders(program, major, versionedFolders);
            if (candidate.isPresent() && !candidate.get().equals(located)) {
                ClientChoice matching = new ClientChoice(candidate.get(),
                        versionOf(program, candidate.get(), environment), server);
                if (!matching.olderThanServer()) {
                    LOG.info("using {} ({}): the {} on PATH is {}, older than the server's {}", matching.program(),
                            matching.version().text(), program.programName(), first.version().text(), server.text());
                    return matching;
                }
            }
        }
        return first;
    }

    /** True when the program is of an older major than the server: pg_dump refuses it, psql half works. */
    boolean olderThanServer() {
        return server.isNewerMajorThan(version);
    }

    /** What to install, for a message that says the program is too old. */
    static String installHint(ClientProgram program, PgVersion server) {
        String major = server.majorName();
        return "install " + program.programName() + " " + major + " (Debian/Ubuntu with the PGDG repository: `apt-get"
                + " install postgresql-client-" + major + "`, Fedora/RHEL: `dnf install postgresql" + major + "`,"
                + " macOS: `brew install postgresql@" + major + "`) or set " + program.pathVariable() + " to its path";
    }

    /** What {@code program --version} says. */
    static PgVersion versionOf(ClientProgram program, Path path, Map<String, String> environment) {
        String output = new ToolLauncher(path, environment).output(List.of("--version"));
        return PgVersion.ofClient(output).orElseThrow(() -> new ToolException(path + " --version printed '"
                + output.strip() + "', not a PostgreSQL version; point " + program.pathVariable()
                + " at PostgreSQL's " + program.programName()));
    }

    private static Optional<Path> inFolders(ClientProgram program, int major, List<String> folders) {
        for (String folder : folders) {
            for (String name : List.of(program.programName(), program.programName() + ".exe")) {
                Path candidate = Path.of(folder.replace("{major}", Integer.toString(major)), name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}

package io.wsmigrate.pgclient;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.Secrets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a client program on the configured database: the caller's environment, minus any libpq
 * connection variables it already had (they would send the program elsewhere: {@code PGSERVICE}
 * or {@code PGHOSTADDR} win over {@code PGHOST}) and minus every variable that holds a secret of
 * the settings ({@link Secrets}), plus the configured connection and, while the program runs, a
 * password file.
 */
final class ToolLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(ToolLauncher.class);
    /** libpq's connection variables; session defaults such as PGCLIENTENCODING or PGTZ stay. */
    private static final Set<String> CONNECTION_VARIABLES = Set.of("PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE",
            "PGUSER", "PGSERVICE", "PGSERVICEFILE", "PGOPTIONS", "PGAPPNAME", "PGSSLMODE", "PGREQUIRESSL",
            "PGSSLCOMPRESSION", "PGSSLCERT", "PGSSLKEY", "PGSSLCERTMODE", "PGSSLROOTCERT", "PGSSLCRL", "PGSSLCRLDIR",
            "PGSSLSNI", "PGSSLNEGOTIATION", "PGREQUIREPEER", "PGREQUIREAUTH", "PGSSLMINPROTOCOLVERSION",
            "PGSSLMAXPROTOCOLVERSION", "PGGSSENCMODE", "PGKRBSRVNAME", "PGGSSLIB", "PGGSSDELEGATION",
            "PGCHANNELBINDING", "PGCONNECT_TIMEOUT", "PGTARGETSESSIONATTRS", "PGLOADBALANCEHOSTS");
    /** Only replaced when the settings carry a password; otherwise libpq finds one as it usually does. */
    private static final Set<String> PASSWORD_VARIABLES = Set.of("PGPASSWORD", "PGPASSFILE");

    private final Path program;
    private final Map<String, String> environment;

    ToolLauncher(Path program, Map<String, String> environment) {
        this.program = program;
        this.environment = Map.copyOf(environment);
    }

    Path program() {
        return program;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** Runs the program with these arguments on this connection; the password file is gone on return. */
    ToolRun run(DatabaseSettings connection, List<String> arguments, ChildStreams streams) {
        LibpqConnection libpq = withEnvironmentPassword(LibpqConnection.of(connection));
        Map<String, String> connectionVariables = new LinkedHashMap<>(libpq.variables());
        PasswordFile passwordFile = libpq.password() == null ? null : PasswordFile.create(libpq);
        try {
            if (passwordFile != null) {
                connectionVariables.put("PGPASSFILE", passwordFile.path().toString());
            }
            ToolRun planned = new ToolRun(program, arguments, connectionVariables, -1);
            LOG.debug("running {} with {}", planned.commandLine(), connectionVariables);
            int exitCode = ChildProcess.run(planned.commandLine(), childEnvironment(connectionVariables,
                    passwordFile != null), streams);
            return new ToolRun(program, arguments, connectionVariables, exitCode);
        } finally {
            if (passwordFile != null) {
                passwordFile.close();
            }
        }
    }

    /**
     * Without a password in the settings, a {@code PGPASSWORD} of our environment is what libpq
     * would use: it goes into the password file too, as the child's environment is readable.
     */
    private LibpqConnection withEnvironmentPassword(LibpqConnection libpq) {
        String fromEnvironment = environment.get("PGPASSWORD");
        if (libpq.password() != null || fromEnvironment == null || fromEnvironment.isEmpty()) {
            return libpq;
        }
        return new LibpqConnection(libpq.hosts(), libpq.ports(), libpq.user(), fromEnvironment, libpq.variables());
    }

    /** Runs the program with no connection at all, e.g. {@code --version}, and returns its output. */
    String output(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(arguments);
        return ChildProcess.output(command, environment);
    }

    private Map<String, String> childEnvironment(Map<String, String> connectionVariables, boolean ownPassword) {
        Map<String, String> child = new HashMap<>(environment);
        child.keySet().removeAll(CONNECTION_VARIABLES);
        if (ownPassword) {
            child.keySet().removeAll(PASSWORD_VARIABLES);
        }
        // a variable the settings took the password from (${DB_PASSWORD}) would hand it to the child
        Secrets secrets = Secrets.remembered();
        child.values().removeIf(value -> secrets.isSecret(value) || !secrets.mask(value).equals(value));
        child.putAll(connectionVariables);
        return child;
    }
}

package io.wsmigrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An {@code --sql} output run as a DBA would run it: the installed {@code psql -X -f FILE} on a test database. */
public final class PsqlScript {
    /** psql's exit code and its combined output. */
    public record Run(int exitCode, String output) {
    }

    private PsqlScript() {
    }

    /** {@code psql -X [options] -f script} on {@code db}, its password in the environment. */
    public static Run run(DatabaseSettings db, Path script, String... options) throws Exception {
        URI uri = URI.create(db.url().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of("psql", "-X"));
        command.addAll(List.of(options));
        command.addAll(List.of("-f", script.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PGHOST", uri.getHost());
        env.put("PGPORT", Integer.toString(uri.getPort()));
        env.put("PGDATABASE", uri.getPath().substring(1));
        env.put("PGUSER", db.user());
        if (db.password() != null) {
            env.put("PGPASSWORD", db.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}

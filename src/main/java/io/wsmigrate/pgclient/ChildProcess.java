package io.wsmigrate.pgclient;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.db.Interruption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts a client program with exactly the environment given, and waits for it. */
final class ChildProcess {
    private static final long VERSION_TIMEOUT_SECONDS = 30;

    private ChildProcess() {
    }

    /** Runs in the foreground: Ctrl-C reaches the child, not us. Returns the exit code. */
    static int run(List<String> command, Map<String, String> environment, ChildStreams streams) {
        ProcessBuilder builder = builder(command, environment)
                .redirectInput(streams.input()).redirectOutput(streams.output()).redirectError(streams.error());
        Process process = start(builder);
        // Raised only after the start: the child must inherit SIGINT's default handling, not our ignoring it.
        InterruptShield shield = InterruptShield.raise();
        Interruption.child(process); // SIGTERM stops it, and we report it below
        try {
            int exitCode = process.waitFor();
            Optional<Interruption.Kind> signal = Interruption.received();
            if (signal.isPresent()) {
                Interruption.acknowledge();
                throw new WsMigrateException(signal.get().exitCode(), "stopped by " + signal.get().description()
                        + ": " + Path.of(command.get(0)).getFileName() + " was stopped before it finished");
            }
            return exitCode;
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new ToolException("interrupted while " + command.get(0) + " ran; it was stopped", e);
        } finally {
            Interruption.child(null);
            shield.close();
        }
    }

    /** Runs a short query such as {@code --version} and returns what it printed. */
    static String output(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = builder(command, environment)
                .redirectInput(Redirect.PIPE).redirectErrorStream(true);
        Process process = start(builder);
        try (InputStream in = process.getInputStream()) {
            process.getOutputStream().close();
            String text = new String(in.readAllBytes(), Charset.defaultCharset());
            if (!process.waitFor(VERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ToolException(String.join(" ", command) + " did not answer within "
                        + VERSION_TIMEOUT_SECONDS + " s; check that " + command.get(0) + " is a PostgreSQL client");
            }
            if (process.exitValue() != 0) {
                throw new ToolException(String.join(" ", command) + " failed with exit code " + process.exitValue()
                        + ": " + text.strip().lines().findFirst().orElse("no output")
                        + "; check that " + command.get(0) + " is a working PostgreSQL client");
            }
            return text;
        } catch (IOException e) {
            throw new ToolException("cannot read the output of " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new ToolException("interrupted while " + command.get(0) + " ran; it was stopped", e);
        }
    }

    private static ProcessBuilder builder(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new ToolException("cannot start " + builder.command().get(0) + ": " + e.getMessage()
                    + "; check that it is a PostgreSQL client program you may run", e);
        }
    }
}

package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIGTERM while {@code dump-db} or {@code db-shell} waits for its client program: the program is
 * stopped and its query cancelled on the server, no unfinished dump is left (not even hidden), and
 * the tool exits 143 with one line.
 */
class InterruptChildTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dump-db", "db-shell"})
    void sigtermStopsTheClientProgramAndItsQuery(String command) throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        Path dumps = Files.createDirectories(dir.resolve("dumps"));
        Path dump = dumps.resolve("shop.dump");
        try (Connection admin = project.connect(); Connection holder = project.connect();
             Statement s = holder.createStatement()) {
            s.execute("CREATE TABLE busy (id int)");
            // pg_dump waits for this lock; psql's query sleeps
            holder.setAutoCommit(false);
            s.execute("LOCK TABLE busy IN ACCESS EXCLUSIVE MODE");
            List<String> args = command.equals("dump-db") ? List.of("dump-db", "-f", dump.toString())
                    : List.of("db-shell", "--", "-X", "--command=select pg_sleep(120)");
            Path log = dir.resolve("run.log");
            Process process = ChildJvm.start(project.settingsFile(), log, args.toArray(String[]::new));
            String program = command.equals("dump-db") ? "pg_dump" : "psql";
            awaitClientQuery(admin, program, process, log);

            new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isEqualTo(ExitCode.TERMINATED.code());
            assertThat(output).contains("ERROR: stopped by SIGTERM: " + program + " was stopped");
            // the cancel request is answered by the server within moments; a query left running would stay
            long waited = 0;
            while (clientQueries(admin, program) > 0 && waited < 3000) {
                Thread.sleep(10);
                waited += 10;
            }
            assertThat(clientQueries(admin, program)).as("queries of %s after the tool exited", program).isZero();
            System.out.printf("%s: its query ended %d ms after ws-migrate exited%n", program, waited);
            try (Stream<Path> left = Files.list(dumps)) {
                assertThat(left).as("dump files left").isEmpty();
            }
            assertThat(ProcessHandle.allProcesses().filter(p -> p.parent().map(pp -> pp.pid() == process.pid())
                    .orElse(false))).as("children of the stopped tool").isEmpty();
            holder.rollback();
        }
    }

    private static void awaitClientQuery(Connection admin, String program, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (clientQueries(admin, program) == 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError(program + " never ran its query: " + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }

    private static int clientQueries(Connection admin, String program) throws Exception {
        return DatabaseState.activeQueries(admin, program, "%pg_sleep%");
    }
}

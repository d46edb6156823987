package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.StatementLogServer;
import io.wsmigrate.testing.StatementLogServer.Entry;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Files;
import java.sql.Connection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM between two revisions ({@link SignalBetweenRevisions} sends it at that moment every
 * time): the revision that ran is committed, not lost, though a cancel request was on its way as
 * the run went to commit it and that COMMIT takes a second (a deferred trigger: a cancel landing in
 * it would roll the revision back); the message names what was applied; the lock is released after
 * the COMMIT, with a durable commit that makes the run's asynchronous commits durable. What the
 * server ran is read from its statement log.
 */
class InterruptBetweenRevisionsTest {
    private static final String DURABLE = "pg_catalog.pg_current_xact_id()";
    private static final String ASYNCHRONOUS = "SET synchronous_commit = off";

    @TempDir
    Path dir;

    @Test
    void aSignalBetweenRevisionsCommitsTheOneThatRanAndSaysSo() throws Exception {
        DatabaseSettings database = StatementLogServer.get().freshDatabase();
        TestProject project = TestProject.in(dir).on(database).create();
        project.sqlRevision("a1", null, "First", "CREATE TABLE t_1 (id int)", "DROP TABLE t_1");
        // b2's COMMIT runs a deferred trigger that takes a second: a cancel landing then would roll b2 back
        project.sqlRevision("b2", "a1", "Slow commit", "CREATE TABLE t_2 (id int);"
                + " CREATE FUNCTION slow_commit() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(1); RETURN NULL; END; $$"
                + " LANGUAGE plpgsql;"
                + " CREATE CONSTRAINT TRIGGER t_2_slow AFTER INSERT ON t_2 DEFERRABLE INITIALLY DEFERRED"
                + " FOR EACH ROW EXECUTE FUNCTION slow_commit();"
                + " INSERT INTO t_2 VALUES (1)", "DROP TABLE t_2; DROP FUNCTION slow_commit()");
        project.sqlRevision("c3", "b2", "Third", "CREATE TABLE t_3 (id int)", "DROP TABLE t_3");
        Path log = dir.resolve("run.log");

        // a1 is reported committed once b2's batch (a1's COMMIT at its head) ran: the signal comes then
        Process process = ChildJvm.startMain(SignalBetweenRevisions.class, project.settingsFile(), log, "a1");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();

        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCode.TERMINATED.code());
        assertThat(output).contains("ERROR: stopped by SIGTERM between revisions; this run applied a1, b2;"
                + " the database is at b2;");
        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");
        assertThat(project.currentHeads()).containsExactly("b2");
        assertThat(project.query("SELECT tablename FROM pg_tables WHERE tablename LIKE 't\\_%' ORDER BY 1"))
                .containsExactly("t_1", "t_2");
        try (Connection admin = project.connect()) {
            assertThat(DatabaseState.advisoryLocks(admin)).as("advisory locks left").isZero();
        }

        List<String> session = migratingSession(StatementLogServer.get().entries(database, DURABLE));
        int commit = lastIndexOf(session, "COMMIT");
        assertThat(commit).as("b2's COMMIT in " + session).isPositive();
        List<String> after = session.subList(commit + 1, session.size());
        assertThat(after).as("after b2's COMMIT").anyMatch(text -> text.contains("pg_advisory_unlock"))
                .anyMatch(text -> text.contains(DURABLE))
                .noneMatch(text -> text.contains("ERROR:"));
        assertThat(session).as("no commit of the run was synchronous: the durable commit at the unlock is the one")
                .noneMatch(text -> text.contains("SET LOCAL synchronous_commit = on"));
    }

    /** The one session that set asynchronous commits: the run's. */
    private static List<String> migratingSession(List<Entry> entries) {
        Map<Integer, List<String>> bySession = entries.stream().collect(Collectors.groupingBy(Entry::pid,
                Collectors.mapping(Entry::text, Collectors.toList())));
        bySession.values().removeIf(texts -> texts.stream().noneMatch(text -> text.contains(ASYNCHRONOUS)));
        assertThat(bySession).as("sessions that set " + ASYNCHRONOUS + " in " + entries).hasSize(1);
        return bySession.values().iterator().next();
    }

    private static int lastIndexOf(List<String> texts, String part) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            if (texts.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}

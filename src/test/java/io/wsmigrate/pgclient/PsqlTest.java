package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsqlTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out.txt");
    }

    private Path err() {
        return dir.resolve("err.txt");
    }

    private ToolRun psql(DatabaseSettings db, Map<String, String> environment, String... arguments) {
        return Psql.locate(environment).run(db, List.of(arguments), ChildStreams.toFiles(out(), err()));
    }

    @Test
    void selectOnePrintsOneAndExitsZero() {
        ToolRun run = psql(TestPostgres.get().freshDatabase(), Tools.environment(), "-X", "-A", "-t", "-c", "select 1");

        assertThat(run.exitCode()).isZero();
        assertThat(Tools.read(out())).isEqualTo("1\n");
        assertThat(Tools.read(err())).isEmpty();
    }

    @Test
    void connectsToTheConfiguredDatabaseAsTheConfiguredUser() {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        psql(db, Tools.environment(), "-X", "-A", "-t", "-c", "select current_database() || ' ' || current_user");

        assertThat(Tools.read(out())).isEqualTo(db.url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1") + " "
                + db.user() + "\n");
    }

    @Test
    void scriptFileRunsItsStatements() throws Exception {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        Path script = Files.writeString(dir.resolve("script.sql"),
                "CREATE TABLE customer (id int PRIMARY KEY, name text);\n"
                        + "INSERT INTO customer VALUES (1, 'Ada'), (2, 'Grace');\n");

        ToolRun run = psql(db, Tools.environment(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", script.toString());

        assertThat(run.exitCode()).isZero();
        try (Connection c = TestPostgres.connect(db);
             ResultSet rs = c.createStatement().executeQuery("SELECT string_agg(name, ',' ORDER BY id) FROM customer")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("Ada,Grace");
        }
    }

    @Test
    void failingStatementGivesPsqlsExitCodeAndItsMessage() {
        ToolRun run = psql(TestPostgres.get().freshDatabase(), Tools.environment(), "-X", "-c", "select nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.succeeded()).isFalse();
        assertThat(Tools.read(err())).contains("column \"nope\" does not exist");
    }

    @Test
    void failingScriptWithOnErrorStopGivesExitCodeThree() throws Exception {
        Path script = Files.writeString(dir.resolve("broken.sql"), "select 1;\nselect nope;\nselect 2;\n");

        ToolRun run = psql(TestPostgres.get().freshDatabase(), Tools.environment(),
                "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-f", script.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Tools.read(out())).isEqualTo("1\n");
    }

    @Test
    void connectionVariablesOfTheCallerDoNotRedirectPsql() {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        Map<String, String> environment = new HashMap<>(Tools.environment());
        environment.put("PGHOST", "nowhere.invalid");
        environment.put("PGHOSTADDR", "192.0.2.1");
        environment.put("PGDATABASE", "someone_elses");
        environment.put("PGSERVICE", "no_such_service");
        environment.put("PGOPTIONS", "-c search_path=elsewhere");

        ToolRun run = psql(db, environment, "-X", "-A", "-t", "-c", "select current_setting('search_path')");

        assertThat(run.exitCode()).as(Tools.read(err())).isZero();
        assertThat(Tools.read(out())).isEqualTo("\"$user\", public\n");
    }

    @Test
    void connectionGoesThroughTheEnvironmentNotTheCommandLine() {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        ToolRun run = psql(db, Tools.environment(), "-X", "-c", "select 1");

        assertThat(run.arguments()).containsExactly("-X", "-c", "select 1");
        assertThat(run.commandLine()).hasSize(4).first().asString().endsWith("psql");
        assertThat(run.connectionEnvironment()).containsKeys("PGHOST", "PGPORT", "PGDATABASE", "PGUSER");
    }
}

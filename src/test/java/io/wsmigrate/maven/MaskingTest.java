package io.wsmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.config.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a goal hands Maven (log lines, a failure and its causes, printed whole with {@code -e}) holds no password. */
class MaskingTest {
    private static final String PASSWORD = "Sup3rSecretPassw0rd";

    @TempDir
    Path project;

    @Test
    void logLinesAndEveryCauseOfAnErrorAreMaskedAndKeepTheirFrames() {
        Secrets.beginRun(Map.of());
        Secrets.remember(Secrets.of(List.of(PASSWORD)));
        RecordingLog recorded = new RecordingLog();
        SQLException cause = new SQLException("FATAL: role with password " + PASSWORD);
        IllegalStateException error = new IllegalStateException("connect to //u:" + PASSWORD + "@h failed", cause);

        new MaskingLog(recorded).warn("url=//u:" + PASSWORD + "@h", error);
        Throwable masked = MaskedError.of(error);

        assertThat(recorded.lines).containsExactly("url=//u:****@h");
        assertThat(recorded.errors.get(0).getCause().getMessage()).isEqualTo("FATAL: role with password ****");
        assertThat(masked.toString()).isEqualTo("java.lang.IllegalStateException: connect to //u:****@h failed");
        assertThat(masked.getCause().toString()).isEqualTo("java.sql.SQLException: FATAL: role with password ****");
        assertThat(masked.getStackTrace()).isEqualTo(error.getStackTrace());
    }

    @Test
    void aGoalThatCannotReachTheDatabaseFailsWithoutThePasswordInItsMessageOrCauses() throws IOException {
        Path settings = project.resolve("ws-migrate.yaml");
        Files.writeString(settings, """
                database:
                  url: jdbc:postgresql://127.0.0.1:1/shop?password=%s&connectTimeout=2
                  user: shop
                migrations:
                  packages:
                    - name: com.example.shop
                """.formatted(PASSWORD));
        CurrentMojo goal = new CurrentMojo();
        goal.settings = settings.toFile();
        goal.projectDir = project.toFile();
        RecordingLog recorded = new RecordingLog();
        goal.setLog(recorded);

        assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class).satisfies(failure -> {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(t.toString()).doesNotContain(PASSWORD);
            }
        });
        assertThat(String.join("\n", recorded.lines)).doesNotContain(PASSWORD);
    }

    /** Maven's log as a goal sees it, remembering what reached it. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();

        @Override public void info(CharSequence content) { lines.add(content.toString()); }
        @Override public void warn(CharSequence content) { lines.add(content.toString()); }
        @Override public void warn(CharSequence content, Throwable error) { lines.add(content.toString()); errors.add(error); }
        @Override public void error(CharSequence content) { lines.add(content.toString()); }
    }
}

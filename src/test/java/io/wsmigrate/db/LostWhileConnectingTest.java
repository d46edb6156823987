package io.wsmigrate.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.CuttingProxy;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connection that breaks while it is being set up (during the check of whether the server is a
 * Citus node, the first query of every connection) is reported as any lost connection is: one line,
 * exit 4, "rerun", not as a failure to read the Citus metadata.
 */
class LostWhileConnectingTest {
    @TempDir
    Path dir;

    @Test
    void aCutDuringTheCitusNodeCheckSaysTheConnectionWasLostAndToRerun() throws Exception {
        DatabaseSettings database = TestProject.freshDatabase();
        URI server = URI.create(database.url().substring("jdbc:".length()));
        try (CuttingProxy proxy = new CuttingProxy(server.getPort(), "pg_extension")) {
            DatabaseSettings cut = database.withUrl("jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath());
            TestProject project = TestProject.create(dir, cut, "com.example.shop");
            project.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\n");
            project.initScripts();

            CliRun current = project.cli("current");

            assertThat(current.exitCode()).as(current.toString()).isEqualTo(ExitCode.DATABASE.code());
            assertThat(current.err().strip().lines()).as(current.toString()).hasSize(1);
            assertThat(current.err()).startsWith("ERROR: the connection to the database was lost: ")
                    .contains("rerun the same command").doesNotContain("Citus node");
        }
    }
}

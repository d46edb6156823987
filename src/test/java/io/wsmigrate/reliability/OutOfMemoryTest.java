package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@link Error} ends like any other failure: a {@code loadData} of 19 MB under a 64 MB heap runs
 * out of memory, and the process prints one line and exits with the internal error code (70), not
 * a raw stack trace and 1, which reads as "differences found".
 */
@Tag("slow")
class OutOfMemoryTest {
    @Test
    void outOfMemoryIsOneLineAndTheInternalErrorCode(@TempDir Path dir) throws Exception {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        sandbox.settingsLines("database:", "  url: " + TestProject.NO_DATABASE_URL, "migrations:", "  package: " + ReliabilityProjects.SANDBOX_PACKAGE,
                "  location: migrations");
        try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("migrations/big.csv"), StandardCharsets.UTF_8)) {
            csv.write("id,name\n");
            for (int i = 0; i < 400_000; i++) {
                csv.write(i + ",name number " + i + " with some padding text\n");
            }
        }
        sandbox.revision("a1", null, "- loadData: {tableName: t, file: big.csv}", "[]");
        Path log = dir.resolve("out.log");

        Process process = ChildJvm.startWithHeap("64m", sandbox.settingsFile(), log, "upgrade", "--sql", "head");
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isEqualTo(70);
        assertThat(output.lines()).as(output).containsExactly("ERROR: out of memory (Java heap space): the command"
                + " needs a larger Java heap; rerun with WS_MIGRATE_JAVA_OPTS=-Xmx2g (or more), or split the data a"
                + " revision loads into smaller files");
    }
}

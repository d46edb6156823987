package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db-info} names the Hibernate that builds the entity model: the application's or ws-migrate's own. */
class HibernateVersionInfoTest {
    private static final Path HIBERNATE_66 = Path.of("target", "hibernate-6.6", "hibernate-core-6.6.36.Final.jar")
            .toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void dbInfoNamesTheApplicationsHibernateWhenTheClasspathHasOne() {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        sandbox.database();
        sandbox.settingsLines(withClasspath("[" + HIBERNATE_66 + "]"));
        assertThat(assertOk(sandbox.run("db-info")).out())
                .contains("Hibernate:     6.6.36.Final (the application's, hibernate-core-6.6.36.Final.jar)\n");
    }

    @Test
    void dbInfoNamesWsMigratesOwnHibernateOtherwise() {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        sandbox.database();
        assertThat(assertOk(sandbox.run("db-info")).out()).contains("Hibernate:     "
                + org.hibernate.Version.getVersionString() + " (ws-migrate's own; the classpath has no hibernate-core)\n");
    }

    private static String[] withClasspath(String classpath) {
        List<String> lines = new ArrayList<>(Arrays.asList(ReliabilityProjects.VALID_SETTINGS));
        lines.add(lines.indexOf("  location: migrations") + 1, "  classpath: " + classpath);
        return lines.toArray(String[]::new);
    }

    private static CliRun assertOk(CliRun result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }
}

package io.wsmigrate.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.CitusCluster;
import io.wsmigrate.testing.CitusTest;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Citus drops the table and column comments of a table it rebuilds: a local table linked by a foreign
 * key to a reference table (made a Citus local table when the key is added, back when it goes), and
 * a table it undistributes. The revisions set them again, so {@code check} is clean after the upgrade
 * and after the downgrade, with no step by hand.
 */
@CitusTest
class CitusCommentsTest {
    private static final String PACKAGE = "io.wsmigrate.citus.comments";
    private static final String COMMENTS = "SELECT c.relname || ': ' || coalesce(obj_description(c.oid, 'pg_class'), '-')"
            + " || ' / ' || coalesce(col_description(c.oid, a.attnum), '-') FROM pg_class c JOIN pg_attribute a"
            + " ON a.attrelid = c.oid AND a.attname IN ('name', 'amount') WHERE c.relname IN ('currencies', 'prices')"
            + " ORDER BY 1";
    private static final List<String> ALL_COMMENTS = List.of("currencies: ISO 4217 currencies / the English name",
            "prices: Prices of the catalogue / in cents");

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void prices() {
        DatabaseSettings coordinator = CitusCluster.get().freshDatabase();
        project = TestProject.create(dir, coordinator, PACKAGE);
        settings("");
        project.initScripts();
    }

    private void settings(String citus) {
        project.writeSettings("migrations:\n  package: " + PACKAGE + "\n  location: migrations\n"
                + "  classpath: [" + Path.of("target/test-classes").toAbsolutePath() + "]\n" + citus);
    }

    private void run(String... args) {
        CliRun run = project.cli(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    private void checkIsClean() {
        CliRun check = project.cli("check");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("No differences");
    }

    private String revision(String message) throws Exception {
        return Files.readString(project.revisionFileWithMessage(message));
    }

    @Test
    void fromBaseTheCommentsOfTheCitusLocalTableAreSetAgain() throws Exception {
        settings("  citus:\n    reference: [currencies]\n");
        run("revision", "--autogenerate", "-m", "prices");
        assertThat(revision("prices")).containsSubsequence("create_reference_table('currencies')",
                "addForeignKeyConstraint", "remarks: Prices of the catalogue", "remarks: in cents");

        run("upgrade", "head");

        assertThat(project.query("SELECT logicalrelid::text FROM pg_dist_partition ORDER BY 1"))
                .containsExactly("currencies", "prices");
        assertThat(project.query(COMMENTS)).containsExactlyElementsOf(ALL_COMMENTS);
        checkIsClean();
        run("downgrade", "base");
        assertThat(project.query("SELECT count(*) FROM pg_dist_partition")).containsExactly("0");
    }

    @Test
    void makingAnExistingTableAReferenceTableKeepsEveryCommentBothWays() throws Exception {
        run("revision", "--autogenerate", "-m", "plain");
        run("upgrade", "head");
        settings("  citus:\n    reference: [currencies]\n");
        run("revision", "--autogenerate", "-m", "reference");
        assertThat(revision("reference")).contains("create_reference_table('currencies')");

        run("upgrade", "head");
        assertThat(project.query(COMMENTS)).containsExactlyElementsOf(ALL_COMMENTS);
        checkIsClean();

        run("downgrade", "-1");
        assertThat(project.query("SELECT count(*) FROM pg_dist_partition")).containsExactly("0");
        assertThat(project.query(COMMENTS)).containsExactlyElementsOf(ALL_COMMENTS);
        Files.delete(project.revisionFileWithMessage("reference"));
        settings("");
        checkIsClean();
    }
}

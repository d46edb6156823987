package io.wsmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ws-migrate:upgrade} in a project whose settings ask for one transaction
 * ({@code migrations.single_transaction: true}), on a real database, the goal run as Maven runs it.
 */
@ExtendWith(DropsDatabases.class)
class UpgradeGoalTest {
    @TempDir
    Path dir;

    /** a1 creates a table, b2 (`transactional: false`) an index on it, concurrently. */
    private TestProject project() {
        TestProject project = TestProject.create(dir);
        project.writeSettings("migrations:\n  package: " + project.packageName() + "\n  single_transaction: true\n");
        project.nextRevision("a1", TestProject.sql("CREATE TABLE customer (id int)"), TestProject.sql("DROP TABLE customer"));
        project.nextRevision("b2", false, TestProject.sql("CREATE INDEX CONCURRENTLY customer_id ON customer (id)"),
                TestProject.sql("DROP INDEX CONCURRENTLY customer_id"));
        return project;
    }

    private static UpgradeMojo goal(TestProject project) {
        UpgradeMojo goal = new UpgradeMojo();
        goal.settings = project.settingsFile().toFile();
        goal.projectDir = project.dir().toFile();
        return goal;
    }

    @Test
    void aNonTransactionalRevisionFailsTheBuildWithItsOneLineAndRunsNothing() {
        TestProject project = project();

        assertThatThrownBy(goal(project)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("revision b2 (").hasMessageContaining("cannot run inside one transaction")
                .hasMessageNotContaining("\n");
        assertThat(project.tables()).isEmpty();
    }

    /** As the command line's --no-single-transaction: a property turns the key off for one build. */
    @Test
    void thePropertyTurnsTheSettingsKeyOff() throws Exception {
        TestProject project = project();
        UpgradeMojo goal = goal(project);
        goal.singleTransaction = false;

        goal.execute();

        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");
    }
}

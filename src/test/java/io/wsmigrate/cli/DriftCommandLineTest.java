package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** stamp --check-drift refuses a drifted database unless forced; --converge renames it back, once. */
@ExtendWith(DropsDatabases.class)
class DriftCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void stampRefusesADriftedDatabaseUnlessForcedAndConvergingRenamesItOnce() throws Exception {
        TestProject project = TestProject.create(dir);
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int PRIMARY KEY, email text UNIQUE)",
                "DROP TABLE customer");
        project.execute("CREATE TABLE customer (id int CONSTRAINT cust_pk PRIMARY KEY, email text);"
                + " CREATE UNIQUE INDEX cust_email ON customer (email)");

        CliRun refused = project.cli("stamp", "head", "--check-drift");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.DIFFERENCES.code());
        assertThat(refused.out()).contains("2 drift(s) between the database and what the scripts create at a1:")
                .contains("primary key on customer is cust_pk in the database, customer_pkey in the scripts")
                .contains("unique constraint customer_email_key of the scripts is the unique index cust_email");
        assertThat(refused.err()).contains("nothing stamped").contains("--force");
        assertThat(project.cli("current").out()).doesNotContain("a1");

        CliRun forced = project.cli("stamp", "head", "--check-drift", "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(forced.err()).contains("stamping although the database drifts");

        CliRun converge = project.cli("revision", "--autogenerate", "--converge", "-m", "Converge", "--rev-id", "b2");
        assertThat(converge.exitCode()).as(converge.toString()).isZero();
        assertThat(converge.out()).contains("Generated ");
        assertThat(Files.readString(project.versions().resolve("b2_converge.yaml")))
                .contains("RENAME CONSTRAINT cust_pk TO customer_pkey").contains("UNIQUE USING INDEX cust_email");
        assertThat(project.cli("upgrade", "head").exitCode()).isZero();
        assertThat(project.query("SELECT conname FROM pg_constraint WHERE conrelid = 'customer'::regclass ORDER BY 1"))
                .containsExactly("customer_email_key", "customer_pkey");

        CliRun again = project.cli("revision", "--autogenerate", "--converge", "-m", "Again");
        assertThat(again.out()).contains("No drift: the database matches the scripts; no revision written.");
        assertThat(project.cli("stamp", "head", "--check-drift").exitCode()).isZero();
    }
}

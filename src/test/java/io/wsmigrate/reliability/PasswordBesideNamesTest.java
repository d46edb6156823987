package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.Secrets;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords that are also words of the project, as in development setups (spring-petclinic logs
 * in with the password {@code petclinic}, its package is {@code org.springframework.samples.petclinic}).
 * Each role must give its password, so a command that succeeds really used it. The names beside
 * the password are printed whole; the password itself, where it stands alone or as a password,
 * is masked whole.
 */
class PasswordBesideNamesTest {
    private static final String PACKAGE = "org.springframework.samples.petclinic";
    private static final String WORD = "petclinic";

    @TempDir
    Path dir;

    @Test
    void namesThatHoldThePasswordArePrintedWhole() {
        TestProject project = project("ws_clinic_owner", WORD);

        CliRun info = project.run("db-info");
        assertThat(info.exitCode()).as(info.toString()).isZero();
        assertThat(info.out()).contains("Package:       " + PACKAGE)
                .contains("ws_migrate_org_springframework_samples_petclinic");
        CliRun upgrade = project.run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        CliRun history = project.run("history");
        assertThat(history.out()).contains("create petclinic.petclinic_owners");
        CliRun show = project.run("show", "a1");
        assertThat(show.out()).contains("CREATE TABLE petclinic.petclinic_owners");
        CliRun noEntities = project.run("revision", "--autogenerate", "-m", "x");
        assertThat(noEntities.err()).contains("no @Entity classes in " + PACKAGE + " or its subpackages");
        for (CliRun run : new CliRun[] {info, upgrade, history, show, noEntities}) {
            assertThat(run.out() + run.err()).doesNotContain(Secrets.MASK);
        }
    }

    @Test
    void theSamePasswordIsMaskedWhereItStandsAloneOrAsAPassword() {
        TestProject project = project("ws_clinic_owner", WORD);

        CliRun typed = project.run("upgrade", WORD);
        assertThat(typed.err()).contains("no revision or branch label matches `****`").doesNotContain(WORD + "`");
        project.sqlRevision("a2", "a1", "the schema is " + WORD + ", the table petclinic.petclinic_owners", null, null);
        CliRun history = project.run("history");
        assertThat(history.out()).contains("the schema is ****, the table petclinic.petclinic_owners");
        project.settingsLines("database:", "  url: '" + project.database().url().replaceFirst(":[0-9]+/", ":99999/")
                + "?password=" + WORD + "'", "migrations:", "  package: " + PACKAGE);
        CliRun badUrl = project.run("current");
        assertThat(badUrl.err()).contains("?password=**** is not a URL").doesNotContain("=" + WORD);
    }

    @Test
    void aPasswordThatIsTheUserNameLeavesTheUserNameWhole() {
        TestProject project = project("ws_clinic", "ws_clinic");

        CliRun info = project.run("db-info");
        assertThat(info.exitCode()).as(info.toString()).isZero();
        assertThat(info.out()).contains("User:          ws_clinic").doesNotContain(Secrets.MASK);
        project.settingsLines("database:", "  url: '" + project.database().url().replaceFirst(":[0-9]+/", ":99999/")
                + "?user=ws_clinic&password=ws_clinic'", "migrations:", "  package: " + PACKAGE);
        CliRun badUrl = project.run("current");
        assertThat(badUrl.err()).contains("?user=ws_clinic&password=**** is not a URL");
    }

    @Test
    void aPasswordEndingInARelativeMoveIsMaskedWhole() {
        TestProject project = project("ws_step_owner", "Clinic-42");

        for (String target : new String[] {"Clinic-42", "x@Clinic-42", "Clinic-42@head"}) {
            CliRun run = project.run("upgrade", target);
            assertThat(run.exitCode()).as(run.toString()).isNotZero();
            assertThat(run.err()).as(target).contains("****").doesNotContain("Clinic");
        }
    }

    /** A project of {@link #PACKAGE} logging in as {@code role} with {@code password}, one revision. */
    private TestProject project(String role, String password) {
        DatabaseSettings login = PasswordRole.create(TestProject.freshDatabase(), role, password);
        TestProject project = TestProject.in(dir).on(login).entities(PACKAGE).entitiesFrom(TestProject.testClasses())
                .create();
        project.sqlRevision("a1", null, "create petclinic.petclinic_owners",
                "CREATE SCHEMA petclinic; CREATE TABLE petclinic.petclinic_owners (id int);",
                "DROP SCHEMA petclinic CASCADE");
        return project;
    }
}

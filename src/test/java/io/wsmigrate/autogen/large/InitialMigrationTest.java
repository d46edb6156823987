package io.wsmigrate.autogen.large;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.AutogenerateCommands.Against;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.command.RevisionCommands.RevisionRequest;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.introspect.SchemaText;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's "creating initial migration" story, and diffing a database that is behind its scripts. */
class InitialMigrationTest {
    @TempDir
    Path folder;

    @Test
    void diffingALiveDatabaseBehindTheScriptsSaysWhereItIsAndHowToProceed() {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        AutogenProject billing = AutogenProject.of(PackageScopeTest.BILLING, List.of(AutogenProject.testClasses()),
                folder, database);
        String first = revisionId(billing.autogenerate("Billing", Against.DATABASE));

        assertThatThrownBy(() -> billing.check(Against.DATABASE))
                .isInstanceOf(WsMigrateException.class)
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.REVISION))
                .hasMessage("the database is not up to date: it is at base, the scripts' heads are " + first
                        + "; run `ws-migrate upgrade heads` first, or compare against the scripts replayed into a"
                        + " scratch database with --against scripts");

        billing.upgrade("head");
        String second = revisionId(billing.run(p -> new RevisionCommands(p).revision(
                new RevisionRequest("Hand-written", null, null, false, List.of(), List.of()))));
        assertThatThrownBy(() -> billing.autogenerate("Too early", Against.DATABASE))
                .isInstanceOf(WsMigrateException.class)
                .hasMessageContaining("it is at " + first + ", the scripts' heads are " + second)
                .hasMessageContaining("upgrade heads");
        assertThat(Files.exists(billing.scriptsFolder())).isTrue();
        assertThat(revisionFiles(billing)).hasSize(2);
    }

    @Test
    void anExistingSchemaAdoptsItsInitialRevisionByStampWithoutBeingWiped() throws IOException {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        List<String> ddl = new ArrayList<>(List.of("create schema audit"));
        ddl.addAll(AutogenProject.hibernateDdl(LargeModelTest.MODEL, List.of(AutogenProject.testClasses())));
        AutogenProject.execute(database, ddl);
        String before = SchemaText.describe(AutogenProject.introspect(database));
        AutogenProject project = AutogenProject.of(LargeModelTest.MODEL, List.of(AutogenProject.testClasses()), folder,
                database);

        Path initial = project.autogenerate("Initial", Against.SCRIPTS);

        assertThat(Files.readString(initial)).contains("CREATE SCHEMA IF NOT EXISTS audit", "tableName: MixedCase");
        assertThat(countOf(Files.readString(initial), "- createTable:")).isEqualTo(LargeModelTest.TABLES);
        assertThat(SchemaText.describe(AutogenProject.introspect(database))).as("the database is untouched")
                .isEqualTo(before);

        project.stamp("head");
        assertThat(project.check(Against.DATABASE)).isEmpty();
        assertThat(project.autogenerate("Nothing changed", Against.DATABASE)).isNull();
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String revisionId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('_'));
    }

    private static List<Path> revisionFiles(AutogenProject project) {
        try (var files = Files.list(project.scriptsFolder().resolve("versions"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

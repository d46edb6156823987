package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ws-migrate lint} on revision files written in Liquibase's vocabulary and in SQL. */
class LintCommandTest {
    @TempDir
    Path dir;

    @Test
    void safeRevisionsPassWithExitZero() {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", "- createTable: {tableName: offer, columns: [{column: {name: id, type: bigint,"
                + " constraints: {primaryKey: true}}}, {column: {name: sku, type: text, constraints: {nullable: false}}}]}\n"
                + "- createIndex: {tableName: offer, indexName: offer_sku_idx, columns: [{column: {name: sku}}]}\n",
                "- dropTable: {tableName: offer}\n");
        project.nextRevision("r02", false, TestProject.sql("CREATE INDEX CONCURRENTLY offer_id_sku_idx ON offer (id, sku)"),
                TestProject.sql("DROP INDEX CONCURRENTLY offer_id_sku_idx"));
        project.nextRevision("r03", "- addColumn: {tableName: offer, columns: [{column: {name: note, type: text}},"
                + " {column: {name: created, type: timestamptz, defaultValueComputed: now(),"
                + " constraints: {nullable: false}}}]}\n", "");

        CliRun lint = project.run("lint");
        assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
        assertThat(lint.out()).isEqualTo("No unsafe operations in 3 revisions.\n");
    }

    @Test
    void unsafeRevisionsAreListedWithFileEntryReasonAndAlternativeAndExitOne() {
        TestProject project = unsafeProject();
        CliRun lint = project.run("lint");
        System.out.print(lint.out());
        assertThat(lint.exitCode()).isEqualTo(1);
        String file = dir.resolve("migrations/versions/r02_revision.yaml").toString();
        assertThat(lint.out()).contains(file + ": upgrade entry 1 (addColumn): error [not-null-without-default]"
                        + " adding offer.price as NOT NULL without a DEFAULT fails as soon as offer holds a row",
                "    ALTER TABLE offer ADD price INTEGER NOT NULL",
                "    instead: add the column with a DEFAULT",
                file + ": upgrade entry 2 (createIndex): warning [index-not-concurrent]",
                file + ": upgrade entry 3 (modifyDataType): warning [table-rewrite]",
                file + ": upgrade entry 4 (addForeignKeyConstraint): warning [constraint-without-not-valid]",
                file + ": upgrade entry 5 (addNotNullConstraint): warning [set-not-null]",
                file + ": upgrade entry 6 (dropColumn): warning [drop]",
                file + ": upgrade entry 7 (sql): error [concurrently-in-transaction]",
                "2 error(s), 5 warning(s) in 2 revisions.");
        assertThat(lint.out()).doesNotContain("r01_revision.yaml");
    }

    @Test
    void jsonListsTheFindingsForScripts() {
        CliRun lint = unsafeProject().run("lint", "--format", "json");
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).startsWith("{\"revisions\":2,\"findings\":[{\"file\":\"")
                .contains("\"revision\":\"r02\",\"entry\":2,\"change\":\"createIndex\",\"level\":\"warning\","
                        + "\"rule\":\"index-not-concurrent\",\"reason\":\"CREATE INDEX on the existing table offer",
                        "\"instead\":\"CREATE INDEX CONCURRENTLY", "\"statement\":\"CREATE INDEX offer_sku_idx ON offer(sku)\"",
                        "\"level\":\"error\",\"rule\":\"not-null-without-default\"");
        assertThat(lint.out().lines()).hasSize(1);
    }

    @Test
    void oneRevisionARangeAndIgnoredRules() {
        TestProject project = unsafeProject();
        project.nextRevision("r03", TestProject.sql("DROP TABLE offer"), "");

        CliRun one = project.run("lint", "head");
        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.out()).contains("r03_revision.yaml: upgrade entry 1 (sql): warning [drop] dropping the table"
                + " offer").doesNotContain("r02_revision.yaml").endsWith("0 error(s), 1 warning(s) in 1 revision.\n");

        CliRun range = project.run("lint", "r02:r03", "--format", "json");
        assertThat(range.out()).startsWith("{\"revisions\":2,").contains("\"revision\":\"r02\"", "\"revision\":\"r03\"");

        CliRun ignored = project.run("lint", "r03", "--ignore", "drop");
        assertThat(ignored.exitCode()).isZero();
        assertThat(ignored.out()).isEqualTo("No unsafe operations in 1 revision.\n");

        CliRun typo = project.run("lint", "--ignore", "drops");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.errorLine()).contains("--ignore drops: no such rule; the rules are", "drop,");
    }

    @Test
    void aBrokenEntryIsReportedWithItsFileAndEntry() {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", "- createTable: {tableName: t, columns: [{column: {name: id, type: int}}]}\n"
                + "- createIndx: {tableName: t}\n", "");
        CliRun lint = project.run("lint");
        assertThat(lint.exitCode()).isNotIn(0, 1);
        assertThat(lint.errorLine()).contains("r01_revision.yaml: upgrade entry 2:", "createIndx", "createIndex");
    }

    @Test
    void transactionControlIsAnError() {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql("CREATE TABLE offer (id int)") + TestProject.sql("COMMIT")
                + TestProject.sql("INSERT INTO offer VALUES (1); ROLLBACK"), "");
        CliRun lint = project.run("lint");
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).contains("r01_revision.yaml: upgrade entry 2 (sql): error [transaction-control]"
                        + " `COMMIT` ends or cuts the revision's transaction: `upgrade` refuses the revision",
                "r01_revision.yaml: upgrade entry 3 (sql): error [transaction-control] `ROLLBACK`",
                "    instead: remove it", "2 error(s), 0 warning(s) in 1 revision.");
    }

    /** r01 creates offer; r02 changes it in every unsafe way there is, mostly through Liquibase changes. */
    private TestProject unsafeProject() {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", "- createTable: {tableName: product, columns: [{column: {name: id, type: bigint,"
                + " constraints: {primaryKey: true}}}]}\n"
                + "- createTable: {tableName: offer, columns: [{column: {name: id, type: bigint,"
                + " constraints: {primaryKey: true}}}, {column: {name: sku, type: text}}, {column: {name: product_id,"
                + " type: int}}, {column: {name: note, type: text}}, {column: {name: legacy, type: text}}]}\n", "");
        project.nextRevision("r02", "- addColumn: {tableName: offer, columns: [{column: {name: price, type: int,"
                + " constraints: {nullable: false}}}]}\n"
                + "- createIndex: {tableName: offer, indexName: offer_sku_idx, columns: [{column: {name: sku}}]}\n"
                + "- modifyDataType: {tableName: offer, columnName: product_id, newDataType: bigint}\n"
                + "- addForeignKeyConstraint: {baseTableName: offer, baseColumnNames: product_id, constraintName:"
                + " offer_product_fk, referencedTableName: product, referencedColumnNames: id}\n"
                + "- addNotNullConstraint: {tableName: offer, columnName: note, columnDataType: text}\n"
                + "- dropColumn: {tableName: offer, columnName: legacy}\n"
                + TestProject.sql("CREATE INDEX CONCURRENTLY offer_note_idx ON offer (note)"), "");
        return project;
    }
}

package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Changes that read files ({@code sqlFile}): from the scripts folder, or next to the revision file. */
@ExtendWith(DropsDatabases.class)
class FileChangesTest {
    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = TestProject.create(dir);
        Files.writeString(project.scriptsFolder().resolve("customer.sql"), "CREATE TABLE customer (id int);\n");
        Files.createDirectories(project.versions().resolve("sql"));
        Files.writeString(project.versions().resolve("sql/orders.sql"), "CREATE TABLE orders (id int);\n"
                + "CREATE TABLE order_line (id int);\n");
    }

    @Test
    void sqlFilePathsAreReadFromTheScriptsFolderOrNextToTheRevisionFile() {
        project.revisionFile("a1_customer.yaml", """
                revision: a1
                down_revision: null
                upgrade:
                  - sqlFile: {path: customer.sql}
                downgrade:
                  - sql: DROP TABLE customer
                """);
        project.revisionFile("b2_orders.yaml", """
                revision: b2
                down_revision: a1
                upgrade:
                  - sqlFile: {path: sql/orders.sql, relativeToChangelogFile: true}
                downgrade:
                  - sql: DROP TABLE orders, order_line
                """);

        try (Project p = project.open()) {
            new MigrationCommands(p).upgrade("head", MigrationOptions.defaults(), MigrationListener.NONE);
        }

        assertThat(project.tables()).containsExactly("customer", "order_line", "orders", project.versionTable());
    }
}

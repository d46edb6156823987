package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code customChange} class of the project, compiled into a folder that is on
 * {@code migrations.classpath} and not on ws-migrate's own class path, runs in its revision.
 */
class CustomChangeTest {
    private static final String SOURCE = """
            package com.example.custom;

            import liquibase.change.custom.CustomSqlChange;
            import liquibase.database.Database;
            import liquibase.exception.ValidationErrors;
            import liquibase.resource.ResourceAccessor;
            import liquibase.statement.SqlStatement;
            import liquibase.statement.core.RawSqlStatement;

            public class MakeTable implements CustomSqlChange {
                private final String tableName = "custom_made";

                public SqlStatement[] generateStatements(Database database) {
                    return new SqlStatement[] {new RawSqlStatement("CREATE TABLE " + tableName + " (id int)")};
                }

                public String getConfirmationMessage() {
                    return "made " + tableName;
                }

                public void setUp() {
                }

                public void setFileOpener(ResourceAccessor resourceAccessor) {
                }

                public ValidationErrors validate(Database database) {
                    return new ValidationErrors();
                }
            }
            """;

    @Test
    void aCustomChangeClassIsLoadedFromMigrationsClasspath(@TempDir Path dir) throws Exception {
        Path sources = dir.resolve("src/com/example/custom/MakeTable.java");
        Files.createDirectories(sources.getParent());
        Files.writeString(sources, SOURCE);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", dir.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path"), sources.toString());
        assertThat(compiled).isZero();

        TestProject sandbox = ReliabilityProjects.sandbox(dir.resolve("project"));
        sandbox.database();
        List<String> lines = new ArrayList<>(Arrays.asList(ReliabilityProjects.VALID_SETTINGS));
        lines.add(lines.indexOf("  location: migrations") + 1, "  classpath: [" + dir.resolve("classes") + "]");
        sandbox.settingsLines(lines.toArray(String[]::new));
        sandbox.revision("a1", null, "- customChange: {class: com.example.custom.MakeTable}",
                "- dropTable: {tableName: custom_made}");

        CliRun upgrade = sandbox.run("upgrade", "head");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        try (Connection c = TestPostgres.connect(sandbox.database()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'custom_made'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}

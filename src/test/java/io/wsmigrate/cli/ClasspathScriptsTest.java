package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A library that ships its migrations inside its jar: {@code migrations.location: classpath:...}. */
@ExtendWith(DropsDatabases.class)
class ClasspathScriptsTest {
    @TempDir
    Path dir;

    @Test
    void revisionsInsideAJarOnTheConfiguredClasspathAreAppliedAndReadOnly() throws IOException {
        TestProject billing = TestProject.create(dir, TestProject.freshDatabase(), "com.acme.billing");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("com/acme/billing/Billing.txt", "not a revision");
        entries.put("com/acme/billing/migrations/versions/b1_invoice.yaml", """
                revision: b1
                down_revision: null
                message: Invoice
                upgrade:
                  - sql: CREATE TABLE invoice (id int PRIMARY KEY)
                downgrade:
                  - sql: DROP TABLE invoice
                """);
        entries.put("com/acme/billing/migrations/versions/b2_invoice_line.yaml", """
                revision: b2
                down_revision: b1
                message: Invoice line
                upgrade:
                  - createTable:
                      tableName: invoice_line
                      columns:
                        - column: {name: invoice_id, type: int, constraints: {references: invoice(id), foreignKeyName: fk_line_invoice}}
                downgrade:
                  - dropTable: {tableName: invoice_line}
                """);
        // no directory entries, as many jar builders write them
        writeJar(dir.resolve("lib/billing.jar"), entries);
        billing.writeSettings("""
                migrations:
                  package: com.acme.billing
                  location: 'classpath:com/acme/billing/migrations'
                  classpath: [lib/billing.jar]
                """);

        CliRun upgrade = billing.cli("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).startsWith("Running upgrade -> b1, Invoice" + System.lineSeparator()
                + "Running upgrade b1 -> b2, Invoice line" + System.lineSeparator());
        assertThat(billing.tables()).containsExactly("invoice", "invoice_line", "ws_migrate_com_acme_billing");
        assertThat(billing.cli("history").out()).isEqualTo("b1 -> b2 (head), Invoice line" + System.lineSeparator()
                + "<base> -> b1, Invoice" + System.lineSeparator());
        assertThat(billing.cli("show", "b1").out()).contains("billing.jar").contains("Checksum: ");

        CliRun revision = billing.cli("revision", "-m", "More");
        assertThat(revision.exitCode()).isEqualTo(ExitCode.REVISION.code());
        assertThat(revision.err()).contains("classpath:com/acme/billing/migrations").contains("read-only");

        assertThat(billing.cli("downgrade", "base").exitCode()).isZero();
        assertThat(billing.tables()).containsExactly("ws_migrate_com_acme_billing");
    }

    private static void writeJar(Path jar, Map<String, String> entries) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}

package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate's production-safe forms, end to end on the sample shop's entities: a database
 * that lacks an index and a foreign key the entities declare (as after adding them to the
 * models) gets them as {@code CREATE INDEX CONCURRENTLY} in a non-transactional revision of its
 * own, and as {@code ADD ... NOT VALID} with the {@code VALIDATE} in a later transaction.
 */
class SafeAutogenerateTest {
    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void shopDatabaseWithoutAnIndexAndAForeignKey() throws Exception {
        project = ReliabilityProjects.reliability(dir).entities("com.example.shop")
                .entitiesFrom(TestProject.sampleClasses()).create();
        CliRun init = project.run("revision", "--autogenerate", "-m", "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(project.run("upgrade", "head").exitCode()).isZero();
        try (Connection c = project.connect(); Statement s = c.createStatement()) {
            s.execute("DROP INDEX customer_name_idx");
            s.execute("ALTER TABLE offer DROP CONSTRAINT offer_product_fk");
            s.execute("INSERT INTO product (id, sku, title, price, status) VALUES (1, 'A-1', 'Apple', 1.50, 'ACTIVE')");
            s.execute("INSERT INTO offer (discount_percent, valid_until, product_id) VALUES (10, now(), 1)");
            s.execute("INSERT INTO customer (id, email, name, created_at)"
                    + " SELECT g, 'c' || g || '@example.com', 'name ' || g, now() FROM generate_series(1, 1000) g");
        }
    }

    @Test
    void safeFormsGoToRevisionsWithTheTransactionsTheyNeed() throws Exception {
        CliRun safe = project.run("revision", "--autogenerate", "-m", "add offer key and name index",
                "--concurrent-indexes", "--not-valid-foreign-keys");
        assertThat(safe.exitCode()).as(safe.err()).isZero();
        List<String> files = generated(safe);
        assertThat(files).hasSize(3);
        String main = Files.readString(Path.of(files.get(0)));
        String validate = Files.readString(Path.of(files.get(1)));
        String index = Files.readString(Path.of(files.get(2)));

        assertThat(main).contains("transactional: true", "addForeignKeyConstraint:", "validate: false")
                .doesNotContain("VALIDATE CONSTRAINT", "CREATE INDEX");
        assertThat(validate).contains("message: add offer key and name index (validate foreign keys)",
                "transactional: true", "- sql: ALTER TABLE offer VALIDATE CONSTRAINT offer_product_fk",
                "downgrade: []");
        assertThat(index).contains("message: add offer key and name index (concurrent indexes)",
                "transactional: false", "- sql: CREATE INDEX CONCURRENTLY customer_name_idx ON customer (name)",
                "- sql: DROP INDEX CONCURRENTLY customer_name_idx").doesNotContain("ForeignKey");
        // An id of digits only is quoted in YAML ('055528194153'), as the renderer must to keep it a string.
        assertThat(Files.readString(Path.of(files.get(1)))).containsPattern("down_revision: '?" + id(files.get(0)) + "'?\\n");
        assertThat(Files.readString(Path.of(files.get(2)))).containsPattern("down_revision: '?" + id(files.get(1)) + "'?\\n");

        // ADD ... NOT VALID first; then VALIDATE, in its own transaction, does not wait for an open write
        assertThat(project.run("upgrade", "+1").exitCode()).isZero();
        try (Connection writer = project.connect()) {
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO offer (discount_percent, valid_until, product_id) VALUES (20, now(), 1)");
            }
            CliRun validation = project.run("upgrade", "+1", "--ddl-lock-timeout", "1s");
            assertThat(validation.exitCode()).as(validation.err()).isZero();
            writer.commit();
        }
        CliRun rest = project.run("upgrade", "head");
        assertThat(rest.exitCode()).as(rest.err()).isZero();

        try (Connection c = project.connect(); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT convalidated FROM pg_constraint WHERE conname = 'offer_product_fk'"))
                    .isEqualTo("t");
            assertThat(single(s, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'customer_name_idx'::regclass"))
                    .isEqualTo("t");
        }
        assertThat(project.run("check").exitCode()).as("entities and database agree").isZero();

        CliRun down = project.run("downgrade", "-3");
        assertThat(down.exitCode()).as(down.err()).isZero();
        try (Connection c = project.connect(); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT count(*) FROM pg_constraint WHERE conname = 'offer_product_fk'"))
                    .isEqualTo("0");
            assertThat(single(s, "SELECT to_regclass('customer_name_idx') IS NULL")).isEqualTo("t");
        }
    }

    @Test
    void onlyConcurrentIndexesMakeOneNonTransactionalRevision() throws Exception {
        try (Connection c = project.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE offer ADD CONSTRAINT offer_product_fk FOREIGN KEY (product_id) REFERENCES product");
        }
        CliRun safe = project.run("revision", "--autogenerate", "-m", "name index",
                "--concurrent-indexes", "--not-valid-foreign-keys");
        List<String> files = generated(safe);
        assertThat(files).hasSize(1);
        assertThat(Files.readString(Path.of(files.get(0)))).contains("message: name index\n", "transactional: false",
                "CREATE INDEX CONCURRENTLY customer_name_idx", "Autogenerated with --concurrent-indexes");
        assertThat(project.run("upgrade", "head").exitCode()).isZero();
        assertThat(project.run("check").exitCode()).isZero();
    }

    @Test
    void withoutTheOptionsOneTransactionalRevisionAsBefore() throws Exception {
        CliRun plain = project.run("revision", "--autogenerate", "-m", "plain");
        List<String> files = generated(plain);
        assertThat(files).hasSize(1);
        assertThat(Files.readString(Path.of(files.get(0)))).contains("transactional: true", "createIndex:",
                "addForeignKeyConstraint:").doesNotContain("CONCURRENTLY", "VALIDATE", "validate: false");
    }

    private static List<String> generated(CliRun result) {
        List<String> files = new ArrayList<>();
        result.out().lines().filter(line -> line.startsWith("Generated ")).forEach(line -> files.add(line.substring(10)));
        return files;
    }

    private static String id(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.substring(0, name.indexOf('_'));
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}

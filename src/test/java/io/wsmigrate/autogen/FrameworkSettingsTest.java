package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.cli.Main;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Boot-style and a Quarkus-style project, each with only its own settings file (no
 * ws-migrate-specific Hibernate setting): autogenerate, upgrade, and {@code check} is clean;
 * the tables carry the names the framework's naming strategies give.
 */
class FrameworkSettingsTest {
    private static final String PACKAGE = "io.wsmigrate.autogen.fixtures.springboot";

    @TempDir
    Path project;

    @Test
    void springBootProjectUpgradesAndChecksCleanWithSpringsNaming() throws Exception {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        Path resources = project.resolve("src/main/resources");
        write(resources.resolve("application.yml"), """
                spring:
                  profiles:
                    active: local
                  config:
                    import: database.yml
                  jpa:
                    hibernate:
                      ddl-auto: validate
                    properties:
                      hibernate.type.preferred_instant_jdbc_type: TIMESTAMP
                ws-migrate:
                  package: %s
                  classpath: %s
                ---
                spring.config.activate.on-profile: prod
                spring.datasource.url: jdbc:postgresql://prod.invalid/shop
                """.formatted(PACKAGE, testClasses()));
        write(resources.resolve("database.yml"), """
                spring.datasource:
                  url: ${SHOP_DB_URL:jdbc:postgresql://localhost/shop}
                """);
        write(resources.resolve("application-local.properties"), """
                spring.datasource.username=${SHOP_DB_USER}
                spring.datasource.password=${SHOP_DB_PASSWORD:}
                """);
        Map<String, String> env = environment(database);
        String settings = resources.resolve("application.yml").toString();

        assertThat(run(env, "-c", settings, "init").exitCode).isZero();
        assertThat(run(env, "-c", settings, "revision", "--autogenerate", "-m", "initial").exitCode).isZero();
        assertThat(run(env, "-c", settings, "upgrade", "head").exitCode).isZero();
        Outcome check = run(env, "-c", settings, "check");

        assertThat(check.exitCode).as(check.toString()).isZero();
        assertThat(Files.isDirectory(project.resolve("migrations"))).isTrue();
        assertThat(columns(database)).contains(
                "customer_order.created_at timestamp without time zone",
                "customer_order.shipping_address_line character varying",
                "customer_order.primary_tag_id bigint",
                "customer_order_extra_tags.customer_order_id bigint",
                "customer_order_extra_tags.extra_tags_id bigint",
                "product_tag.display_name character varying");
    }

    /**
     * The {@code ws-migrate:} section's classpath goes through the same binding as the
     * {@code migrations} section's: a glob finds the application's Hibernate 6.6 jars in
     * {@code lib/}, and one entry holds several paths joined by the platform's separator.
     */
    @Test
    void springSectionClasspathTakesGlobsAndThePathSeparator() throws Exception {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        Path lib = Files.createDirectories(project.resolve("lib"));
        for (Path jar : ApplicationClasspath.hibernate66Jars()) {
            Files.copy(jar, lib.resolve(jar.getFileName()));
        }
        List<Path> beside = ApplicationClasspath.onHibernate66().stream()
                .filter(entry -> !ApplicationClasspath.hibernate66Jars().contains(entry)).toList();
        String joined = String.join(java.io.File.pathSeparator, beside.stream().map(Path::toString).toList());
        Path resources = project.resolve("src/main/resources");
        write(resources.resolve("application.yml"), """
                spring:
                  datasource:
                    url: ${SHOP_DB_URL}
                    username: ${SHOP_DB_USER}
                    password: ${SHOP_DB_PASSWORD:}
                  jpa.properties.hibernate.type.preferred_instant_jdbc_type: TIMESTAMP
                ws-migrate:
                  package: %s
                  classpath:
                    - lib/*.jar
                    - '%s'
                """.formatted(PACKAGE, joined));
        Map<String, String> env = environment(database);
        String settings = resources.resolve("application.yml").toString();

        Outcome info = run(env, "-c", settings, "db-info");
        assertThat(info.exitCode).as(info.toString()).isZero();
        assertThat(info.out).contains("6.6.36.Final (the application's, hibernate-core-6.6.36.Final.jar)");
        assertThat(run(env, "-c", settings, "init").exitCode).isZero();
        assertThat(run(env, "-c", settings, "revision", "--autogenerate", "-m", "initial").exitCode).isZero();
        assertThat(run(env, "-c", settings, "upgrade", "head").exitCode).isZero();
        Outcome check = run(env, "-c", settings, "check");

        assertThat(check.exitCode).as(check.toString()).isZero();
        assertThat(columns(database)).contains("customer_order.created_at timestamp without time zone",
                "product_tag.display_name character varying");
    }

    @Test
    void quarkusProjectUpgradesAndChecksCleanWithHibernatesDefaultNaming() throws Exception {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        Path resources = project.resolve("src/main/resources");
        write(resources.resolve("application.properties"), """
                quarkus.datasource.db-kind=postgresql
                %%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/dev
                %%prod.quarkus.datasource.jdbc.url=${SHOP_DB_URL}
                quarkus.datasource.username=${SHOP_DB_USER}
                quarkus.datasource.password=${SHOP_DB_PASSWORD:}
                quarkus.hibernate-orm.database.generation=none
                quarkus.log.category."org.hibernate".level=WARN
                ws-migrate.package=%s
                ws-migrate.classpath=%s
                """.formatted(PACKAGE, testClasses()));
        Map<String, String> env = environment(database);
        String settings = resources.resolve("application.properties").toString();

        assertThat(run(env, "-c", settings, "init").exitCode).isZero();
        assertThat(run(env, "-c", settings, "revision", "--autogenerate", "-m", "initial").exitCode).isZero();
        assertThat(run(env, "-c", settings, "upgrade", "head").exitCode).isZero();
        Outcome check = run(env, "-c", settings, "check");

        assertThat(check.exitCode).as(check.toString()).isZero();
        assertThat(columns(database)).contains(
                "customerorder.createdat timestamp with time zone",
                "customerorder_producttag.customerorder_id bigint",
                "customerorder_producttag.extratags_id bigint");
    }

    private static Map<String, String> environment(DatabaseSettings database) {
        return Map.of("SHOP_DB_URL", database.url(), "SHOP_DB_USER", database.user() == null ? "" : database.user(),
                "SHOP_DB_PASSWORD", database.password() == null ? "" : database.password());
    }

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, o, e, env, false);
        }
        Outcome outcome = new Outcome(code, out.toString(), err.toString());
        assertThat(code).as(String.join(" ", args) + "\n" + outcome).isIn(0, 1);
        return outcome;
    }

    private static List<String> columns(DatabaseSettings database) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name || '.' || column_name || ' ' || data_type"
                     + " from information_schema.columns where table_schema = 'public' order by 1")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(FrameworkSettingsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}

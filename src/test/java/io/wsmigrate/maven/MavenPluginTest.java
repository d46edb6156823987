package io.wsmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven plugin in a user's Maven project: a tiny project with one entity, no classpath setting,
 * and its Spring Boot {@code application.yml} as the settings, found with no {@code <settings>},
 * built offline by a child {@code mvn -o} against the local repository, where this build's jar is
 * installed as {@code mvn install} would. The project writes its first revision, upgrades, and binds
 * {@code check} to {@code verify}: the build passes, then fails once the entity changed with no
 * revision. Three Maven runs; slow, so it runs with {@code mvn verify}.
 */
@Tag("slow")
class MavenPluginTest {
    private static final String OFFER = """
            package com.example.shop;

            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;

            @Entity
            public class Offer {
                @Id
                Long id;
                String title;%s
            }
            """;

    @TempDir
    Path project;

    @Test
    void goalsRunWithTheProjectsClassesAndVerifyFailsWhenAnEntityChangedWithoutARevision() throws Exception {
        PluginInstall.installThisBuild();
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        writeProject();

        MavenRun first = maven(database, "compile", "ws-migrate:revision", "-Dmessage=Add offer", "ws-migrate:upgrade",
                "ws-migrate:current", "ws-migrate:history");
        assertThat(first.exitCode()).as(first.output()).isZero();
        List<Path> revisions = revisionFiles();
        assertThat(revisions).hasSize(1);
        assertThat(Files.readString(revisions.get(0))).contains("createTable", "tableName: offer", "Add offer");
        assertThat(first.output()).contains("Running upgrade -> ").contains("(head)").contains("-> ", ", Add offer");
        assertThat(columns(database)).containsExactly("id", "title");

        MavenRun clean = maven(database, "verify");
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(clean.output()).contains("No differences: the entities match the revisions.");

        Files.writeString(entityFile(), OFFER.formatted("\n    Integer price;"));
        MavenRun changed = maven(database, "verify");
        assertThat(changed.exitCode()).as(changed.output()).isNotZero();
        assertThat(changed.output()).contains("BUILD FAILURE").contains("[ERROR]   - add column offer.price")
                .contains("1 difference(s) between the entities and the revisions; write a revision:"
                        + " mvn ws-migrate:revision -Dmessage=");
        assertThat(revisionFiles()).hasSize(1);
    }

    private void writeProject() throws IOException {
        write("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>jakarta.persistence</groupId>
                      <artifactId>jakarta.persistence-api</artifactId>
                      <version>3.2.0</version>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.3</version></plugin>
                      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                      <plugin>
                        <groupId>io.wsmigrate</groupId>
                        <artifactId>ws-migrate</artifactId>
                        <version>VERSION</version>
                        <executions>
                          <execution>
                            <goals><goal>check</goal></goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.replace("VERSION", PluginInstall.version()));
        // A Spring Boot application's own file, found without <settings> (no config/development.yaml)
        write("src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: ${DB_URL}
                    username: ${DB_USER}
                    password: ${DB_PASSWORD}
                ws-migrate:
                  package: com.example.shop
                """);
        write("migrations/README", "scripts of com.example.shop\n");
        write("migrations/versions/.gitkeep", "");
        Files.createDirectories(entityFile().getParent());
        Files.writeString(entityFile(), OFFER.formatted(""));
    }

    private MavenRun maven(DatabaseSettings database, String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-B", "-DskipTests"));
        command.addAll(List.of(goals));
        Path log = project.resolve("target-maven.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DB_URL", database.url());
        builder.environment().put("DB_USER", database.user() == null ? "" : database.user());
        builder.environment().put("DB_PASSWORD", database.password() == null ? "" : database.password());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", goals) + " did not finish in 10 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new MavenRun(process.exitValue(), output);
    }

    private List<String> columns(DatabaseSettings database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             ResultSet rows = connection.createStatement().executeQuery("SELECT column_name FROM"
                     + " information_schema.columns WHERE table_name = 'offer' ORDER BY column_name")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private List<Path> revisionFiles() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).toList();
        }
    }

    private Path entityFile() {
        return project.resolve("src/main/java/com/example/shop/Offer.java");
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private record MavenRun(int exitCode, String output) {
    }
}

package io.wsmigrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.Settings;
import io.wsmigrate.config.SettingsLoader;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.entities.JarFixture;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project whose entities come from jars named by a glob, or by a path list in one entry, as a user writes them. */
class ProjectClasspathTest {
    @TempDir
    Path dir;

    @Test
    void entitiesInJarsAGlobNamesAreLoaded() throws IOException {
        Path classes = JarFixture.compile(dir.resolve("build"), Map.of(
                "com.example.shop.Offer", "package com.example.shop; @jakarta.persistence.Entity public class Offer {"
                        + " @jakarta.persistence.Id Long id; com.example.money.Money price; }",
                "com.example.money.Money", "package com.example.money; @jakarta.persistence.Embeddable public class"
                        + " Money { java.math.BigDecimal amount; }"));
        Files.createDirectories(dir.resolve("lib/extra"));
        JarFixture.jarWithoutDirectoryEntries(classes, dir.resolve("lib/shop.jar"), name -> name.contains("/shop/"));
        JarFixture.jarWithoutDirectoryEntries(classes, dir.resolve("lib/extra/money.jar"), name -> name.contains("/money/"));

        for (String classpath : new String[] {"[lib/**]", "\"lib/shop.jar" + File.pathSeparator + "lib/extra/*.jar\""}) {
            try (Project project = project(classpath); EntityModel model = project.entities(false)) {
                assertThat(project.classpath()).contains(dir.resolve("lib/shop.jar"), dir.resolve("lib/extra/money.jar"));
                assertThat(model.tableNames()).extracting(name -> name.name()).containsExactly("offer");
            }
        }
    }

    private Project project(String classpath) throws IOException {
        Path file = dir.resolve("app.yaml");
        Files.writeString(file, "database:\n  url: embedded\nmigrations:\n  package: com.example.shop\n  classpath: "
                + classpath + "\n");
        Settings settings = new SettingsLoader().load(file, Map.of(), null);
        return new Project(settings, Map.of(), Clock.systemUTC(), Optional.empty());
    }
}

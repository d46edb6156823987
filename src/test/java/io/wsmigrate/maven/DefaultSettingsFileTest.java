package io.wsmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's settings file when the pom names none: ws-migrate's own first, then the application's. */
class DefaultSettingsFileTest {
    @TempDir
    Path project;

    @Test
    void ownSettingsComeBeforeTheApplicationsFile() throws IOException {
        touch("src/main/resources/application.yml");
        touch("config/development.yaml");

        assertThat(DefaultSettingsFile.find(project)).isEqualTo(project.resolve("config/development.yaml"));
    }

    @Test
    void withoutOwnSettingsTheApplicationsYmlThenYamlThenProperties() throws IOException {
        touch("src/main/resources/application.properties");
        assertThat(DefaultSettingsFile.find(project)).isEqualTo(project.resolve("src/main/resources/application.properties"));

        touch("src/main/resources/application.yaml");
        assertThat(DefaultSettingsFile.find(project)).isEqualTo(project.resolve("src/main/resources/application.yaml"));

        touch("src/main/resources/application.yml");
        assertThat(DefaultSettingsFile.find(project)).isEqualTo(project.resolve("src/main/resources/application.yml"));
    }

    @Test
    void aFolderOfThatNameIsNotASettingsFileAndNoneFoundIsOneLine() throws IOException {
        Files.createDirectories(project.resolve("config/development.yaml"));

        assertThat(DefaultSettingsFile.find(project)).isNull();
        assertThat(DefaultSettingsFile.missing(project)).doesNotContain("\n")
                .startsWith(project + " has no settings file: looked for config/development.yaml and"
                        + " src/main/resources/application.yml, .yaml and .properties;");
    }

    private void touch(String name) throws IOException {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }
}

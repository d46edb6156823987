package io.wsmigrate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings file a goal reads when the pom names none: ws-migrate's own
 * {@code config/development.yaml}, else the application's Spring Boot or Quarkus file in
 * {@code src/main/resources}, the first of {@code application.yml}, {@code application.yaml} and
 * {@code application.properties} that exists (the loader merges the others beside it, as Spring Boot does).
 */
final class DefaultSettingsFile {
    /** The places looked at, in order, relative to the project's folder. */
    static final List<Path> CANDIDATES = List.of(Path.of("config", "development.yaml"),
            Path.of("src", "main", "resources", "application.yml"),
            Path.of("src", "main", "resources", "application.yaml"),
            Path.of("src", "main", "resources", "application.properties"));

    private DefaultSettingsFile() {
    }

    /** The first candidate that is a file; null when there is none. */
    static Path find(Path projectDir) {
        for (Path candidate : CANDIDATES) {
            Path file = projectDir.resolve(candidate);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /** The one line for a project without any of them. */
    static String missing(Path projectDir) {
        return projectDir + " has no settings file: looked for config/development.yaml and"
                + " src/main/resources/application.yml, .yaml and .properties; create one, or name it with <settings>"
                + " in the plugin's configuration or -Dws-migrate.settings=FILE";
    }
}

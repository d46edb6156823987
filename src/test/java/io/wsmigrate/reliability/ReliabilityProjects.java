package io.wsmigrate.reliability;

import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProjectBuilder;
import java.nio.file.Path;

/** The two projects the reliability tests start from, both built with {@link TestProject#in}. */
final class ReliabilityProjects {
    static final String PACKAGE = "com.example.reliability";
    static final String VERSION_TABLE = "ws_migrate_com_example_reliability";
    /** The package of the bad input sandbox, whose settings are {@link #VALID_SETTINGS}. */
    static final String SANDBOX_PACKAGE = "com.example.badinput";
    /** The sandbox's settings file, line by line: cases change one line of it. */
    static final String[] VALID_SETTINGS = {
        "database:",
        "  url: ${DB_URL}",
        "  user: ${DB_USER}",
        "  password: ${DB_PASSWORD}",
        "  connect_timeout: 2s",
        "migrations:",
        "  package: " + SANDBOX_PACKAGE,
        "  location: migrations",
        "logging:",
        "  level: WARN"};

    private ReliabilityProjects() {
    }

    /** A project on a fresh database, its settings in {@code config/settings.yaml}, logging warnings only. */
    static TestProjectBuilder reliability(Path dir) {
        return TestProject.in(dir).entities(PACKAGE).settingsFile("config/settings.yaml").loggingLevel("WARN");
    }

    /**
     * A project for one bad input: {@code config/app.yaml} reads the database from the environment,
     * which names none until the case asks for {@link TestProject#database()}.
     */
    static TestProject sandbox(Path dir) {
        return TestProject.in(dir).entities(SANDBOX_PACKAGE).settingsFile("config/app.yaml")
                .databaseFromEnvironment().databaseOption("connect_timeout: 2s").loggingLevel("WARN").create();
    }
}

package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wsmigrate.ExitCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsErrorsTest {
    @TempDir
    Path dir;

    /** Loads {@code file}, expecting a one-line configuration error, and returns its message. */
    static String errorLoading(Path file, Map<String, String> env) {
        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new SettingsLoader().load(file, env, SettingsErrorsTest.class.getClassLoader()));
        assertThat(error).as("loading %s should fail", file).isNotNull();
        assertThat(error.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(error.getMessage()).doesNotContain("\n", "\r");
        return error.getMessage();
    }

    private String errorLoading(String... lines) {
        Path file = write(dir.resolve("app.yaml"), lines);
        return errorLoading(file, Map.of());
    }

    private String appYaml() {
        return dir.resolve("app.yaml").toString();
    }

    @Test
    void missingSettingsFileIsNamed() {
        assertThat(errorLoading(dir.resolve("config/nope.yaml"), Map.of()))
                .startsWith("settings file " + dir.resolve("config/nope.yaml") + " not found;");
    }

    @Test
    void directoryInsteadOfSettingsFileIsNamed() {
        assertThat(errorLoading(dir, Map.of())).contains(dir + " is a directory");
    }

    @Test
    void includeCycleShowsTheWholeChain() {
        write(dir.resolve("a.yaml"), "include: b.yaml");
        write(dir.resolve("b.yaml"), "include: [c.yaml]");
        write(dir.resolve("c.yaml"), "include: a.yaml");

        assertThat(errorLoading(dir.resolve("a.yaml"), Map.of())).startsWith("include cycle: "
                + dir.resolve("a.yaml") + " -> " + dir.resolve("b.yaml") + " -> " + dir.resolve("c.yaml") + " -> "
                + dir.resolve("a.yaml") + ";");
    }

    @Test
    void fileIncludingItselfIsACycle() {
        assertThat(errorLoading("include: ./app.yaml"))
                .startsWith("include cycle: " + appYaml() + " -> " + appYaml() + ";");
    }

    @Test
    void missingIncludeNamesTheIncludingFileLineAndMissingPath() {
        write(dir.resolve("present.yaml"), "database: { user: shop }");

        String message = errorLoading("database: { url: embedded }", "include:", "  - present.yaml", "  - absent.yaml");

        assertThat(message).isEqualTo(appYaml() + ":4: included file " + dir.resolve("absent.yaml")
                + " not found; fix the path (relative to " + appYaml() + ", or classpath:...) or create the file");
    }

    @Test
    void missingClasspathIncludeIsNamed() {
        assertThat(errorLoading("include: classpath:config-fixtures/missing.yaml"))
                .startsWith(appYaml() + ":1: included file classpath:config-fixtures/missing.yaml not found");
    }

    @Test
    void undefinedVariableNamesFileLineKeyAndRemedy() {
        String message = errorLoading(YamlFiles.minimal()[0], YamlFiles.minimal()[1], "  password: ${SHOP_DB_PASSWORD}",
                YamlFiles.minimal()[2], YamlFiles.minimal()[3]);

        assertThat(message).isEqualTo(appYaml() + ":3: database.password uses ${SHOP_DB_PASSWORD}, but"
                + " SHOP_DB_PASSWORD is not set in the environment; export SHOP_DB_PASSWORD or write"
                + " ${SHOP_DB_PASSWORD:-default}");
    }

    @Test
    void undefinedVariableInAnIncludedFileNamesThatFile() {
        Path base = write(dir.resolve("conf.d/base.yaml"), "migrations:", "  classpath: [ok, '${LIB_DIR}/x.jar']");

        String message = errorLoading("include: conf.d/base.yaml", "database: { url: embedded }",
                "migrations: { package: shop }");

        assertThat(message).startsWith(base + ":2: migrations.classpath[1] uses ${LIB_DIR}");
    }

    @Test
    void undefinedVariableFailsLoadTreeEvenInUnknownSections() {
        Path file = write(dir.resolve("app.yaml"), "server: { secret: '${APP_SECRET}' }");

        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new SettingsLoader().loadTree(file, Map.of(), null));

        assertThat(error.getMessage()).startsWith(file + ":1: server.secret uses ${APP_SECRET}");
    }

    @Test
    void unclosedVariableReferenceIsReported() {
        assertThat(errorLoading("database: { url: 'jdbc:postgresql://${HOST/db' }", "migrations: { package: shop }"))
                .startsWith(appYaml() + ":1: database.url has a ${ without a closing }");
    }

    @Test
    void malformedYamlGivesFileLineColumnAndTheParsersProblem() {
        String message = errorLoading("database:", "  url: embedded", "  user: [unclosed", "migrations:");

        assertThat(message).startsWith(appYaml() + ":4:11: invalid YAML: expected ',' or ']', but got");
    }

    @Test
    void tabIndentationIsASyntaxErrorWithPosition() {
        assertThat(errorLoading("database:", "\turl: embedded")).startsWith(appYaml() + ":2:1: invalid YAML: found"
                + " character '\\t(TAB)' that cannot start any token");
    }

    @Test
    void duplicateKeyIsReported() {
        assertThat(errorLoading("database:", "  url: embedded", "  url: jdbc:postgresql://x/y"))
                .isEqualTo(appYaml() + ":3:3: duplicate key 'url'; keep only one of them");
    }

    @Test
    void topLevelThatIsNotAMapIsReported() {
        assertThat(errorLoading("- database", "- migrations"))
                .startsWith(appYaml() + ":1: the top level of the settings file must be a map");
    }

    @Test
    void sectionThatIsNotAMapIsReported() {
        assertThat(errorLoading("database: jdbc:postgresql://x/y", "migrations: { package: shop }"))
                .startsWith(appYaml() + ":1: database must be a map of settings");
    }

    @Test
    void classpathThatIsANumberIsAWrongType() {
        assertThat(errorLoading("database: { url: embedded }", "migrations:", "  package: shop", "  classpath: 42"))
                .startsWith(appYaml() + ":4: migrations.classpath must be text, not a number");
    }

    @Test
    void singleTransactionThatIsNotTrueOrFalseIsAWrongType() {
        assertThat(errorLoading("database: { url: embedded }", "migrations:", "  package: shop",
                "  single_transaction: always"))
                .isEqualTo(appYaml() + ":4: migrations.single_transaction must be true or false, not text");
        assertThat(errorLoading("database: { url: embedded }", "migrations:", "  package: shop",
                "  single_transaction: [true]"))
                .isEqualTo(appYaml() + ":4: migrations.single_transaction must be true or false, not a list");
    }

    @Test
    void urlThatIsAListIsAWrongType() {
        assertThat(errorLoading("database:", "  url: [a, b]", "migrations: { package: shop }"))
                .startsWith(appYaml() + ":2: database.url must be text, not a list");
    }

    @Test
    void embeddedMajorOutsideTheSupportedRangeIsRejectedWithTheRange() {
        assertThat(errorLoading("database: { url: 'embedded:13' }", "migrations: { package: shop }"))
                .isEqualTo(appYaml() + ":1: database.url is embedded:13, but ws-migrate supports PostgreSQL 14 to 18;"
                        + " choose one of those (a data folder named by digits is written embedded:./13)");
        assertThat(errorLoading("database:", "  url: embedded", "  embedded_version: 19",
                "migrations: { package: shop }"))
                .isEqualTo(appYaml() + ":3: database.embedded_version is 19, but ws-migrate supports PostgreSQL 14 to"
                        + " 18; choose one of those");
    }

    @Test
    void embeddedVersionThatIsNotANumberOrDisagreesWithTheUrlIsRejected() {
        assertThat(errorLoading("database:", "  url: embedded", "  embedded_version: latest",
                "migrations: { package: shop }"))
                .isEqualTo(appYaml() + ":3: database.embedded_version is 'latest', not a PostgreSQL major version;"
                        + " write one of 14 to 18, e.g. embedded_version: 18");
        assertThat(errorLoading("database:", "  url: embedded:17", "  embedded_version: 18",
                "migrations: { package: shop }"))
                .isEqualTo(appYaml() + ":3: database.embedded_version is 18 but database.url is embedded:17; keep"
                        + " one of the two");
    }

    @Test
    void urlThatIsNeitherJdbcNorEmbeddedIsRejected() {
        assertThat(errorLoading("database: { url: 'mysql://x/y' }", "migrations: { package: shop }"))
                .startsWith(appYaml() + ":1: database.url must be a jdbc:postgresql:// URL");
    }

    @Test
    void badDurationQuotesTheValueAndTheAcceptedForms() {
        assertThat(errorLoading("database:", "  url: embedded", "  lock_timeout: 5 minutes", "migrations: { package: shop }"))
                .isEqualTo(appYaml() + ":3: database.lock_timeout is '5 minutes', not a duration; write "
                        + Durations.EXAMPLES);
    }

    @Test
    void missingUrlNamesFileAndKey() {
        assertThat(errorLoading("database: { user: shop }", "migrations: { package: shop }"))
                .startsWith(appYaml() + ": missing required key database.url; add it");
    }

    @Test
    void missingPackageNamesFileAndKeyEvenWithoutAMigrationsSection() {
        assertThat(errorLoading("database: { url: embedded }"))
                .startsWith(appYaml() + ": missing required key migrations.package; add it");
    }

    @Test
    void emptyRequiredValueIsReported() {
        assertThat(errorLoading("database: { url: '${DB_URL:-}' }", "migrations: { package: shop }"))
                .startsWith(appYaml() + ":1: database.url is empty");
    }

    @Test
    void invalidPackageNameIsReported() {
        assertThat(errorLoading("database: { url: embedded }", "migrations: { package: com.example-shop }"))
                .startsWith(appYaml() + ":2: migrations.package is 'com.example-shop', not a Java package name");
    }

    @Test
    void invalidRootLevelIsReported() {
        assertThat(errorLoading(YamlFiles.minimal()[0], YamlFiles.minimal()[1], YamlFiles.minimal()[2],
                YamlFiles.minimal()[3], "logging:", "  level: LOUD"))
                .startsWith(appYaml() + ":6: logging.level has 'LOUD', not a logging level; use one of TRACE, DEBUG");
    }

    @Test
    void invalidLoggerLevelNamesTheLogger() {
        assertThat(errorLoading("database: { url: embedded }", "migrations: { package: shop }",
                "logging: { loggers: { org.hibernate: chatty } }"))
                .startsWith(appYaml() + ":3: logging.loggers.org.hibernate has 'chatty', not a logging level");
    }

    @Test
    void wrongTypeInAnIncludedFileNamesTheIncludedFile() {
        Path base = write(dir.resolve("base.yaml"), "database:", "  connect_timeout: [1, 2]");

        assertThat(errorLoading("include: base.yaml", "database: { url: embedded }", "migrations: { package: shop }"))
                .startsWith(base + ":2: database.connect_timeout must be a duration");
    }

    @Test
    void includeThatIsNotAFileNameIsReported() {
        assertThat(errorLoading("include: { file: base.yaml }"))
                .startsWith(appYaml() + ":1: include must be a file name or a list of file names, not a map");
    }

    @Test
    void recursiveAliasIsReportedInsteadOfLoopingForever() {
        assertThat(errorLoading("database: &db", "  self: *db")).contains("settings cannot be recursive");
    }

    @Test
    void unknownYamlTagIsReportedWithPosition() {
        assertThat(errorLoading("database: { url: !!binary 'not base64!' }", "migrations: { package: shop }"))
                .startsWith(appYaml() + ":1:18: invalid YAML value of type tag:yaml.org,2002:binary");
    }
}

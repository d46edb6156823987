package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad input catalog: every malformed input, run end to end through the command line, gives
 * one line on stderr that names what is wrong, the documented exit code, no stack trace, and
 * leaves the files and the database exactly as they were.
 */
class BadInputCatalogTest {
    private static final Pattern STACK_TRACE = Pattern.compile("\\tat |\\b[A-Za-z]+(Exception|Error)\\b");
    private static final Path DOCS = Path.of("docs/reliability.md");
    /** The messages seen, by case, for {@code target/reliability-catalog.md}. */
    private static final Map<String, String> SEEN = new ConcurrentSkipListMap<>();

    static List<BadInput> catalog() {
        return Stream.of(SettingsCases.all(), ScriptCases.all(), CommandLineCases.all(), RoundTwoCases.all(),
                        ClasspathCases.all())
                .flatMap(List::stream).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void badInputGivesOneLineTheDocumentedExitCodeAndChangesNothing(BadInput input, @TempDir Path dir) {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        if (input.needsDatabase()) {
            sandbox.database();
        }
        input.setup().accept(sandbox);
        Map<String, String> filesBefore = Snapshots.files(dir);
        String databaseBefore = sandbox.hasDatabase() ? Snapshots.database(sandbox.database()) : "";

        CliRun result = sandbox.run(input.args().stream()
                .map(arg -> arg.replace("{root}", dir.toString())).toArray(String[]::new));

        assertThat(result.exitCode()).as("exit code of %s\n%s", input, result).isEqualTo(input.exitCode().code());
        assertThat(result.errLines()).as("stderr of %s", input).hasSize(1);
        String line = result.errLines().get(0);
        assertThat(line).as("stderr of %s", input).startsWith(input.prefix());
        for (String fragment : input.fragments()) {
            assertThat(line).as("message of %s", input).contains(fragment);
        }
        assertThat(result.err() + result.out()).as("output of %s", input).doesNotContainPattern(STACK_TRACE);
        assertThat(Snapshots.files(dir)).as("files after %s", input).isEqualTo(filesBefore);
        if (sandbox.hasDatabase()) {
            assertThat(Snapshots.database(sandbox.database())).as("database after %s", input).isEqualTo(databaseBefore);
        }
        // Double backticks, so the single ones in messages stay inside the code span.
        SEEN.put(input.toString(), input.exitCode().code() + " " + input.exitCode().name() + " | `` "
                + line.replace(dir.toString(), "<project>").replaceAll("t\\d+_\\d+", "<db>").replace("|", "\\|")
                + " ``");
    }

    @Test
    void catalogHasFortyOrMoreDistinctCasesAllDocumented() throws IOException {
        List<BadInput> catalog = catalog();
        System.out.println("Bad input catalog: " + catalog.size() + " cases");
        assertThat(catalog).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalog.stream().map(BadInput::toString)).doesNotHaveDuplicates();
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        for (BadInput input : catalog) {
            assertThat(docs).as("docs/reliability.md lists %s", input).contains("| " + input.area() + " | "
                    + input.name() + " |");
        }
    }

    /** Writes the catalog as a Markdown table, with the messages actually seen, for docs/reliability.md. */
    @AfterAll
    static void writeCatalogTable() throws IOException {
        StringBuilder table = new StringBuilder("| area | case | exit | message |\n|---|---|---|---|\n");
        for (BadInput input : catalog()) {
            String seen = SEEN.get(input.toString());
            if (seen != null) {
                table.append("| ").append(input.area()).append(" | ").append(input.name()).append(" | ")
                        .append(seen).append(" |\n");
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/reliability-catalog.md"), table, StandardCharsets.UTF_8);
    }
}

package io.wsmigrate.docs;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness itself: a page whose examples are wrong must fail, naming the line. */
class PageRunTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();

    private static void run(String... lines) {
        try (PageRun run = new PageRun(DocPage.parse(Path.of("docs/page.md"), List.of(lines)), REPOSITORY)) {
            run.run();
        }
    }

    @Test
    void aPageWhoseOutputIsRightPasses() {
        assertThatCode(() -> run("```console", "$ ws-migrate -c config/development.yaml heads",
                "2d970929c35b (head)", "```")).doesNotThrowAnyException();
    }

    @Test
    void outputThatDiffersFailsWithTheLineAndBothTexts() {
        assertThatThrownBy(() -> run("# t", "```console", "$ ws-migrate -c config/development.yaml heads",
                "37e1cb6de47a (head)", "```"))
                .hasMessageContaining("page.md:3").hasMessageContaining("2d970929c35b (head)")
                .hasMessageContaining("but the page shows");
    }

    @Test
    void aFailingCommandMustBeFollowedByItsExitCode() {
        assertThatThrownBy(() -> run("```console", "$ ws-migrate -c config/development.yaml show nope",
                "ERROR: <...>", "```")).hasMessageContaining("echo $?");
        assertThatCode(() -> run("```console", "$ ws-migrate -c config/development.yaml show nope",
                "ERROR: <...>", "$ echo $?", "5", "```")).doesNotThrowAnyException();
    }

    @Test
    void aNorunCommandLineMustStillParse() {
        assertThatCode(() -> run("```console norun", "$ ws-migrate -c config/production.yaml upgrade head",
                "```")).doesNotThrowAnyException();
        assertThatThrownBy(() -> run("```console norun", "$ ws-migrate upgrade head --no-such-option", "```"))
                .hasMessageContaining("not a valid ws-migrate command line");
    }

    @Test
    void aSettingsExampleThatDoesNotLoadFails() {
        assertThatThrownBy(() -> run("```yaml title=\"config/bad.yaml\"", "database:", "  url: mysql://x",
                "migrations:", "  package: com.example.shop", "```"))
                .hasMessageContaining("config/bad.yaml does not load");
    }

    @Test
    void aJavaExampleThatDoesNotCompileFails() {
        assertThatThrownBy(() -> run("```java", "public class Broken { int x = \"text\"; }", "```"))
                .hasMessageContaining("does not compile");
    }
}

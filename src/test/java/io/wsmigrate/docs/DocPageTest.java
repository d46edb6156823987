package io.wsmigrate.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.docs.DocPage.Block;
import io.wsmigrate.docs.DocPage.Directive;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocPageTest {
    private static DocPage page(String... lines) {
        return DocPage.parse(Path.of("docs/page.md"), List.of(lines));
    }

    @Test
    void blocksCarryLanguageNorunAndTheFileTheyShow() {
        DocPage page = page("text", "```console norun", "$ ws-migrate heads", "```",
                "<!-- file: config/a.yaml -->", "```yaml", "database: {}", "```",
                "```yaml title=\"config/b.yaml\"", "x: 1", "```");
        assertThat(page.elements()).hasSize(3);
        Block console = (Block) page.elements().get(0);
        assertThat(console.language()).isEqualTo("console");
        assertThat(console.norun()).isTrue();
        assertThat(console.line()).isEqualTo(2);
        assertThat(((Block) page.elements().get(1)).path()).isEqualTo("config/a.yaml");
        assertThat(((Block) page.elements().get(2)).path()).isEqualTo("config/b.yaml");
        assertThat(((Block) page.elements().get(2)).norun()).isFalse();
    }

    @Test
    void aLongerFenceShowsBlocksWithoutRunningThem() {
        DocPage page = page("````markdown", "```console", "$ ws-migrate heads", "```", "````", "```console",
                "$ ls", "```");
        assertThat(page.elements()).hasSize(2);
        assertThat(((Block) page.elements().get(0)).language()).isEqualTo("markdown");
        assertThat(((Block) page.elements().get(0)).body()).hasSize(3);
        assertThat(((Block) page.elements().get(1)).line()).isEqualTo(6);
    }

    @Test
    void directivesAreElementsInPageOrder() {
        DocPage page = page("<!-- doctest: reset bare -->", "```console", "$ ls", "```");
        assertThat(page.elements().get(0)).isInstanceOf(Directive.class);
        assertThat(((Directive) page.elements().get(0)).words()).containsExactly("reset", "bare");
    }

    @Test
    void anUnclosedFenceNamesItsLine() {
        assertThatThrownBy(() -> page("a", "```console", "$ ls")).hasMessageContaining("page.md:2");
    }

    @Test
    void consoleStepsSplitCommandsOutputAndContinuationLines() {
        List<ConsoleStep> steps = ConsoleStep.parse(List.of("$ ws-migrate heads", "abc (head)", "",
                "$ ws-migrate revision \\", "    -m \"x y\"", "Generated x"), 10, page());
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).expected()).containsExactly("abc (head)");
        assertThat(steps.get(1).line()).isEqualTo(13);
        assertThat(steps.get(1).command()).isEqualTo("ws-migrate revision  -m \"x y\"");
        assertThat(ShellWords.split(steps.get(1).command()).words())
                .containsExactly("ws-migrate", "revision", "-m", "x y");
    }

    @Test
    void shellWordsReadAssignmentsQuotesAndARedirect() {
        ShellWords words = ShellWords.split("WS_MIGRATE_ALL_PACKAGES=true ws-migrate -m 'it''s' upgrade --sql > up.sql");
        assertThat(words.assignments()).containsEntry("WS_MIGRATE_ALL_PACKAGES", "true");
        assertThat(words.words()).containsExactly("ws-migrate", "-m", "its", "upgrade", "--sql");
        assertThat(words.redirect()).isEqualTo("up.sql");
    }
}

package io.wsmigrate.docs;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in the user guide is run, so it stays true: each page of {@code docs/} (and the
 * README) runs top to bottom in its own copy of the sample project on fresh test databases, and
 * each command's output must match what the page shows. The format for authors is described in
 * {@code docs/contributing-docs.md}; the pieces are {@link PageRun}, {@link ConsoleRunner} and
 * {@link OutputMatcher}.
 */
class GuideExamplesTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryPageRunsAsShown() {
        return PageRun.pages(REPOSITORY).stream().map(page -> DynamicTest.dynamicTest(
                REPOSITORY.relativize(page).toString(), () -> {
                    try (PageRun run = new PageRun(DocPage.read(page), REPOSITORY)) {
                        run.run();
                    }
                }));
    }
}

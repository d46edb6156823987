package io.wsmigrate.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputMatcherTest {
    @Test
    void identicalLinesMatchAndDifferentLinesDoNot() {
        assertThat(OutputMatcher.match(List.of("a", "b"), List.of("a", "b"), Map.of())).isPresent();
        assertThat(OutputMatcher.match(List.of("a", "b"), List.of("a", "c"), Map.of())).isEmpty();
        assertThat(OutputMatcher.match(List.of("a"), List.of("a", "b"), Map.of())).isEmpty();
        assertThat(OutputMatcher.match(List.of("a", "b"), List.of("a"), Map.of())).isEmpty();
    }

    @Test
    void anyLinesLineStandsForNoneOrManyLines() {
        List<String> expected = List.of("first", "...", "last");
        assertThat(OutputMatcher.match(expected, List.of("first", "last"), Map.of())).isPresent();
        assertThat(OutputMatcher.match(expected, List.of("first", "x", "y", "last"), Map.of())).isPresent();
        assertThat(OutputMatcher.match(expected, List.of("first", "x"), Map.of())).isEmpty();
    }

    @Test
    void placeholdersMatchOnlyTheirKindOfText() {
        assertThat(OutputMatcher.matchLine("Done in <n> ms", "Done in 12 ms", Map.of())).isPresent();
        assertThat(OutputMatcher.matchLine("Done in <n> ms", "Done in twelve ms", Map.of())).isEmpty();
        assertThat(OutputMatcher.matchLine("at <rev>", "at 37e1cb6de47a", Map.of())).isPresent();
        assertThat(OutputMatcher.matchLine("at <rev>", "at 37e1cb6de47", Map.of())).isEmpty();
        assertThat(OutputMatcher.matchLine("<date> <time> UTC", "2026-11-27 08:39:22 UTC", Map.of())).isPresent();
        assertThat(OutputMatcher.matchLine("at <timestamp>", "at 2026-11-27T08:49:47.526305Z", Map.of())).isPresent();
        assertThat(OutputMatcher.matchLine("Server: <...>", "Server: PostgreSQL 15.13", Map.of())).isPresent();
    }

    @Test
    void baseAndOtherAngleBracketsAreLiteral() {
        assertThat(OutputMatcher.matchLine("<base> -> <rev>, Initial", "<base> -> 37e1cb6de47a, Initial", Map.of()))
                .isPresent();
        assertThat(OutputMatcher.matchLine("<base> -> x", "anything -> x", Map.of())).isEmpty();
    }

    @Test
    void aNamedRevisionIsBoundOnceAndMustMatchTheSameIdLater() {
        Map<String, String> bound = OutputMatcher.match(List.of("Generated <rev:offer>_x.yaml"),
                List.of("Generated 2d970929c35b_x.yaml"), Map.of()).orElseThrow();
        assertThat(bound).containsEntry("offer", "2d970929c35b");
        assertThat(OutputMatcher.matchLine("at <rev:offer>", "at 2d970929c35b", bound)).isPresent();
        assertThat(OutputMatcher.matchLine("at <rev:offer>", "at 37e1cb6de47a", bound)).isEmpty();
    }

    @Test
    void aFailedBranchOfAnyLinesDoesNotKeepItsBindings() {
        List<String> expected = List.of("...", "id <rev:a>", "end <rev:a>");
        List<String> actual = List.of("id 111111111111", "id 222222222222", "end 222222222222");
        assertThat(OutputMatcher.match(expected, actual, Map.of())).hasValueSatisfying(
                names -> assertThat(names).containsEntry("a", "222222222222"));
    }

    @Test
    void commandsUseBoundNamesAndRefuseUnboundOnes() {
        assertThat(OutputMatcher.substitute("downgrade <rev:a>", Map.of("a", "2d970929c35b"), "p.md:1"))
                .isEqualTo("downgrade 2d970929c35b");
        assertThatThrownBy(() -> OutputMatcher.substitute("downgrade <rev:b>", Map.of(), "p.md:1"))
                .hasMessageContaining("p.md:1").hasMessageContaining("<rev:b>");
        assertThatThrownBy(() -> OutputMatcher.substitute("show <rev>", Map.of(), "p.md:1"))
                .hasMessageContaining("named placeholders");
    }
}

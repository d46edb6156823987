package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.wsmigrate.revision.Histories.diamond;
import static io.wsmigrate.revision.Histories.failure;
import static io.wsmigrate.revision.Histories.linear;
import static io.wsmigrate.revision.Histories.revisionIds;
import static io.wsmigrate.revision.Histories.twoBranches;
import static org.assertj.core.api.Assertions.assertThat;

class HistoryRangeTest {
    private final RevisionMap linear = linear();

    private static List<String> range(RevisionMap map, String spec, Set<String> current) {
        return revisionIds(map.range(spec, current));
    }

    @Test
    void fullRangesListEverythingNewestFirst() {
        assertThat(range(linear, "base:head", Set.of())).containsExactly("d4", "c3", "b2", "a1");
        assertThat(range(linear, ":", Set.of())).containsExactly("d4", "c3", "b2", "a1");
        assertThat(range(linear, "base:heads", Set.of())).containsExactly("d4", "c3", "b2", "a1");
    }

    @Test
    void bothEndsAreIncluded() {
        assertThat(range(linear, "b2:c3", Set.of())).containsExactly("c3", "b2");
        assertThat(range(linear, "b2:", Set.of())).containsExactly("d4", "c3", "b2");
        assertThat(range(linear, ":b2", Set.of())).containsExactly("b2", "a1");
        assertThat(range(linear, "b:c", Set.of())).as("prefixes").containsExactly("c3", "b2");
    }

    @Test
    void currentAndRelativeEnds() {
        assertThat(range(linear, "current:", Set.of("b2"))).containsExactly("d4", "c3", "b2");
        assertThat(range(linear, "current:", Set.of())).as("nothing applied: from base").hasSize(4);
        assertThat(range(linear, "-2:", Set.of())).containsExactly("d4", "c3", "b2");
        assertThat(range(linear, "-1:current", Set.of("c3"))).containsExactly("c3", "b2");
        assertThat(range(linear, "a1:+1", Set.of())).containsExactly("b2", "a1");
        assertThat(range(linear, "-9:", Set.of())).as("relative ends stop at base").hasSize(4);
        assertThat(range(linear, "c3:+9", Set.of())).as("and at the top").containsExactly("d4", "c3");
    }

    @Test
    void branchedRanges() {
        RevisionMap branches = twoBranches();
        assertThat(range(branches, "network:", Set.of())).containsExactly("net2", "net1");
        assertThat(range(branches, "accounts@base:accounts@head", Set.of())).containsExactly("acc3", "acc2", "acc1");
        assertThat(range(diamond(), "left1:", Set.of())).containsExactly("merge3", "left1");
        assertThat(range(branches, ":", Set.of())).containsExactly("net2", "net1", "acc3", "acc2", "acc1");
    }

    @Test
    void badRangesAreRefused() {
        failure(() -> linear.range("b2", Set.of()), Kind.BAD_TARGET)
                .isEqualTo("history range `b2` needs START:END, e.g. `base:head`, `-3:`, `ae10:` or `current:` "
                        + "(either side may be empty)");
        failure(() -> linear.range("-1:+1", Set.of()), Kind.BAD_TARGET).contains("relative on both sides");
        failure(() -> twoBranches().range("-1:", Set.of()), Kind.MULTIPLE_HEADS).contains("acc3, net2");
        failure(() -> linear.range("zz:", Set.of()), Kind.UNKNOWN_REVISION).contains("zz");
    }
}

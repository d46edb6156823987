package io.wsmigrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Golden files hide only what varies: ids keep their identity, and a difference is shown line by line. */
class GoldenTextTest {
    @Test
    void revisionIdsAreNumberedInOrderOfAppearanceSoTheGraphStillShows() {
        String text = "Rev: 2d970929c35b (head)\nParent: 37e1cb6de47a\nRevises: 37e1cb6de47a\n"
                + "Generated migrations/versions/2d970929c35b_add_offer.yaml\n";
        assertThat(GoldenText.normalize(text, Path.of("/tmp/p"))).isEqualTo("Rev: <rev1> (head)\nParent: <rev2>\n"
                + "Revises: <rev2>\nGenerated migrations/versions/<rev1>_add_offer.yaml\n");
    }

    @Test
    void datesFoldersPortsDatabasesAndMillisecondsArePlaceholders() {
        String text = "Create Date: 2026-11-27 08:39:35 UTC in /tmp/p/migrations on localhost:54321/t123_4,"
                + " done in 87 ms; created 2026-11-27T08:39:35Z";
        assertThat(GoldenText.normalize(text, Path.of("/tmp/p"))).isEqualTo("Create Date: <date> UTC in"
                + " <project>/migrations on localhost:<port>/<database>, done in <n> ms; created <date>");
    }

    @Test
    void theDiffShowsTheChangedLinesBetweenTheirNeighbours() {
        String diff = Golden.diff("a\nb\nc\nd\n", "a\nb\nX\nd\n");
        assertThat(diff).isEqualTo("@@ line 3 @@\n  a\n  b\n- c\n+ X\n  d\n");
    }
}

package io.wsmigrate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every relative link between the pages points at a file that exists, and at a heading it has. */
class DocLinksTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");
    private static final Pattern FENCED = Pattern.compile("(?ms)^(`{3,}).*?^\\1\\s*$");

    @Test
    void everyRelativeLinkAndAnchorResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : PageRun.pages(REPOSITORY)) {
            String text = FENCED.matcher(Files.readString(page)).replaceAll("");
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                String problem = problem(page, target);
                if (problem != null) {
                    broken.add(REPOSITORY.relativize(page) + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void headingsBecomeGitHubAnchors() {
        assertThat(anchor("Revision files: YAML in Liquibase's vocabulary"))
                .isEqualTo("revision-files-yaml-in-liquibases-vocabulary");
        assertThat(anchor("ws-migrate create-table")).isEqualTo("ws-migrate-create-table");
        assertThat(anchor("`sync-db` for development and tests")).isEqualTo("sync-db-for-development-and-tests");
    }

    private static String problem(Path page, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(linked)) {
            return "no such file";
        }
        if (hash < 0 || !linked.toString().endsWith(".md")) {
            return null;
        }
        return anchors(linked).contains(target.substring(hash + 1)) ? null : "no such heading";
    }

    private static Set<String> anchors(Path page) throws IOException {
        String text = FENCED.matcher(Files.readString(page)).replaceAll("");
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String anchor = anchor(m.group(1));
            int n = seen.merge(anchor, 1, Integer::sum);
            anchors.add(n == 1 ? anchor : anchor + "-" + (n - 1));
        }
        return anchors;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}

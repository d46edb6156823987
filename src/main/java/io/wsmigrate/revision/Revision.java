package io.wsmigrate.revision;

import java.util.List;
import java.util.Objects;

/**
 * One node of the revision graph, as read from a revision file's header. {@code downRevisions} is
 * empty for a base revision and has two or more entries for a merge; {@code dependsOn} names
 * revisions (or branch labels) that must be applied first without being parents. {@code source}
 * names where the revision came from (a file path) for messages.
 */
public record Revision(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
                       String message, String source) {
    public Revision {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions == null ? List.of() : downRevisions);
        branchLabels = List.copyOf(branchLabels == null ? List.of() : branchLabels);
        dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
        message = message == null ? "" : message;
    }

    public static Revision of(String id, String... downRevisions) {
        return new Revision(id, List.of(downRevisions), List.of(), List.of(), "", id);
    }

    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}

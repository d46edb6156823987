package io.wsmigrate.cli;

import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.RevisionMap;
import java.util.List;
import java.util.Set;

/** How revisions are shown, Alembic style: {@code <base> -> 37e1cb6de47 (head), Initial migration}. */
final class RevisionText {
    private RevisionText() {
    }

    static String line(Revision r, RevisionMap map, Set<String> current) {
        String parents = r.downRevisions().isEmpty() ? "<base>"
                : r.downRevisions().size() == 1 ? r.downRevisions().get(0)
                : "(" + String.join(", ", r.downRevisions()) + ")";
        return parents + " -> " + r.id() + markers(r, map, current) + ", " + r.message();
    }

    static String markers(Revision r, RevisionMap map, Set<String> current) {
        StringBuilder out = new StringBuilder();
        if (map.heads().contains(r.id())) {
            out.append(" (head)");
        }
        if (map.isBranchPoint(r.id())) {
            out.append(" (branchpoint)");
        }
        if (r.isMerge()) {
            out.append(" (mergepoint)");
        }
        if (current != null && current.contains(r.id())) {
            out.append(" (current)");
        }
        if (!r.branchLabels().isEmpty()) {
            out.append(" [").append(String.join(", ", r.branchLabels())).append(']');
        }
        return out.toString();
    }

    static List<String> verbose(Revision r, RevisionMap map, Set<String> current) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Rev: " + r.id() + markers(r, map, current));
        lines.add((r.isMerge() ? "Merges: " : "Parent: ")
                + (r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions())));
        if (!r.dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", r.dependsOn()));
        }
        List<String> children = map.children(r.id());
        if (map.isBranchPoint(r.id())) {
            lines.add("Branches into: " + String.join(", ", children));
        }
        lines.add("Path: " + r.source());
        lines.add("");
        r.message().lines().forEach(l -> lines.add("    " + l));
        lines.add("");
        return lines;
    }
}

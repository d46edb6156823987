package io.wsmigrate.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The revision graph as text for diagram tools, for documentation and reviews: Mermaid
 * ({@code flowchart BT}) and Graphviz DOT. Both draw bases at the bottom, a solid edge from each
 * parent to its child, a dotted edge labelled "depends on" from each dependency to its dependent,
 * and heads in bold. A node reads {@code id [label]: message}. Nodes and edges come in topological
 * order, so the same map always gives the same text.
 */
public final class GraphExport {
    /** Mermaid node ids must be plain words that are not keywords of its flowchart grammar. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_]+");
    private static final Set<String> MERMAID_KEYWORDS = Set.of("end", "graph", "flowchart", "subgraph", "style",
            "class", "classdef", "click", "linkstyle", "direction", "default", "call", "href", "callback");

    private GraphExport() {
    }

    /**
     * Mermaid flowchart text, one statement per line, ending with a newline. Revision ids that are
     * not plain words (or are Mermaid keywords such as {@code end}) get a node id {@code rev_N};
     * the label always shows the real id.
     */
    public static String mermaid(RevisionMap map) {
        Graph graph = Objects.requireNonNull(map, "map").graph();
        Map<String, String> nodes = mermaidNodeIds(graph);
        List<String> lines = new ArrayList<>();
        lines.add("flowchart BT");
        for (Revision revision : graph.inOrder()) {
            lines.add("    " + nodes.get(revision.id()) + "[\"" + mermaidText(label(graph, revision.id())) + "\"]");
        }
        for (Revision revision : graph.inOrder()) {
            String child = nodes.get(revision.id());
            graph.parents(revision.id()).forEach(parent -> lines.add("    " + nodes.get(parent) + " --> " + child));
            graph.dependencies(revision.id()).forEach(dependency ->
                    lines.add("    " + nodes.get(dependency) + " -. depends on .-> " + child));
        }
        if (!graph.heads().isEmpty()) {
            lines.add("    classDef head stroke-width:3px,font-weight:bold");
            lines.add("    class " + String.join(",", graph.heads().stream().map(nodes::get).toList()) + " head");
        }
        return String.join("\n", lines) + "\n";
    }

    /** Graphviz DOT text ({@code digraph revisions}), ending with a newline. */
    public static String dot(RevisionMap map) {
        Graph graph = Objects.requireNonNull(map, "map").graph();
        Set<String> heads = Set.copyOf(graph.heads());
        List<String> lines = new ArrayList<>();
        lines.add("digraph revisions {");
        lines.add("    rankdir=BT;");
        lines.add("    node [shape=box, style=rounded];");
        for (Revision revision : graph.inOrder()) {
            String id = revision.id();
            String headStyle = heads.contains(id) ? ", style=\"rounded,bold\", penwidth=2" : "";
            lines.add("    " + dotString(id) + " [label=" + dotString(label(graph, id)) + headStyle + "];");
        }
        for (Revision revision : graph.inOrder()) {
            String child = dotString(revision.id());
            graph.parents(revision.id()).forEach(parent -> lines.add("    " + dotString(parent) + " -> " + child + ";"));
            graph.dependencies(revision.id()).forEach(dependency -> lines.add("    " + dotString(dependency) + " -> "
                    + child + " [style=dashed, label=\"depends on\"];"));
        }
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    /** "id [label]: message", on one line; just the id when there is nothing else to say. */
    private static String label(Graph graph, String id) {
        Revision revision = graph.revision(id);
        StringBuilder text = new StringBuilder(id);
        revision.branchLabels().stream().distinct().forEach(label -> text.append(" [").append(label).append(']'));
        String message = GraphText.oneLine(revision.message());
        if (!message.isEmpty()) {
            text.append(": ").append(message);
        }
        return GraphText.oneLine(text.toString());
    }

    private static Map<String, String> mermaidNodeIds(Graph graph) {
        Map<String, String> nodes = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : graph.ids()) {
            if (PLAIN_ID.matcher(id).matches() && !MERMAID_KEYWORDS.contains(id.toLowerCase(Locale.ROOT))) {
                nodes.put(id, id);
                taken.add(id);
            }
        }
        int index = 0;
        for (String id : graph.ids()) {
            if (!nodes.containsKey(id)) {
                String node = "rev_" + index;
                while (!taken.add(node)) {
                    node = node + "_";
                }
                nodes.put(id, node);
            }
            index++;
        }
        return nodes;
    }

    /**
     * Text for a quoted Mermaid label. Mermaid writes special characters as entity codes
     * ({@code #34;}); {@code #} itself is escaped so a message containing {@code #12;} stays
     * literal, and {@code < > &} so labels rendered as HTML show them as typed. Mermaid also trims
     * the last {@code ;} of any line where "style" or "classDef" precedes a colon and a {@code #}
     * (meant for colours), which would break an entity: in such a label colons are escaped too.
     */
    static String mermaidText(String text) {
        boolean colonsToo = text.contains("style") || text.contains("classDef");
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '#' || c == '&' || c == '<' || c == '>' || c == '`' || (colonsToo && c == ':')) {
                escaped.append('#').append(c).append(';');
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    /**
     * A quoted DOT string. Backslashes are doubled so that labels show them as typed instead of
     * reading {@code \N} or {@code \l} as escape sequences, and so that a trailing backslash cannot
     * swallow the closing quote; {@code &} becomes {@code &amp;} because Graphviz decodes entities
     * such as {@code &lt;} in labels.
     */
    static String dotString(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '&' -> escaped.append("&amp;");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.append('"').toString();
    }
}

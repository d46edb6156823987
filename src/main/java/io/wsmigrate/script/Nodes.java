package io.wsmigrate.script;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.Set;

/** Small helpers over SnakeYAML nodes: positions for messages, and what a node is in words. */
final class Nodes {
    private Nodes() {
    }

    static ScriptException problem(String source, Node node, String problem) {
        Mark mark = node.getStartMark();
        return mark == null ? new ScriptException(source + ": " + problem)
                : ScriptException.at(source, mark.getLine(), mark.getColumn(), problem);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** A map key as written; keys are names, so {@code on:} is the key "on", not true. */
    static String key(NodeTuple tuple, Set<String> seen, String source) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode)) {
            throw problem(source, keyNode, "a key must be a plain name, not " + describe(keyNode));
        }
        String key = ((ScalarNode) keyNode).getValue();
        if (seen.contains(key)) {
            throw problem(source, keyNode, "duplicate key '" + key + "'; keep only one");
        }
        return key;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            int size = ((MappingNode) node).getValue().size();
            return size == 1 ? "a map" : "a map with " + size + " keys";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(node)) {
            return "empty";
        }
        String value = ((ScalarNode) node).getValue();
        String kind = Tag.STR.equals(node.getTag()) ? "the text" : "the value";
        return kind + " '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value).replace("\n", "\\n") + "'";
    }
}

package io.wsmigrate.script;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@code upgrade:} or {@code downgrade:} list into change entries: each a single-key map
 * whose value is a map of attributes, or a string for the {@code sql: "..."} shorthand, which is
 * normalized to {@code {sql: {sql: "..."}}} so that both spellings run, and checksum, the same.
 */
final class EntryReader {
    static final String SQL = "sql";
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    /** Room for the values a file writes out, before aliases have repeated any of them. */
    private static final int EXPANSION_ALLOWANCE = 10_000;

    private final YamlSyntax.ValueConstructor values;
    private final String source;
    /** Lists and maps being read: an alias back to one of them would recurse forever. */
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private final long maxValues;
    private long valuesRead;

    /**
     * {@code textLength} bounds the values read: written out, each takes at least a character,
     * so only aliases repeating aliases (a "billion laughs") can exceed it, by powers of two.
     */
    EntryReader(String source, int textLength, YamlSyntax.ValueConstructor values) {
        this.source = source;
        this.values = values;
        this.maxValues = (long) textLength + EXPANSION_ALLOWANCE;
    }

    List<Map<String, Object>> read(Node listNode, String listKey) {
        if (listNode == null || Nodes.isNull(listNode)) {
            return List.of();
        }
        if (!(listNode instanceof SequenceNode)) {
            throw Nodes.problem(source, listNode, listKey + " must be a list of changes (`- createTable: {...}`)"
                    + " or [], not " + Nodes.describe(listNode));
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Node item : ((SequenceNode) listNode).getValue()) {
            entries.add(entry(item, listKey + " entry " + (entries.size() + 1)));
        }
        return Collections.unmodifiableList(entries);
    }

    private Map<String, Object> entry(Node item, String where) {
        if (!(item instanceof MappingNode) || ((MappingNode) item).getValue().size() != 1) {
            throw Nodes.problem(source, item, where + " must be a single-key map such as `createTable: {...}`, not "
                    + describeEntry(item));
        }
        NodeTuple tuple = ((MappingNode) item).getValue().get(0);
        String change = Nodes.key(tuple, Set.of(), source);
        Node attributes = tuple.getValueNode();
        Object value;
        if (SQL.equals(change) && attributes instanceof ScalarNode && Tag.STR.equals(attributes.getTag())) {
            value = Collections.singletonMap(SQL, ((ScalarNode) attributes).getValue());
        } else if (attributes instanceof MappingNode && Tag.MAP.equals(attributes.getTag())) {
            value = value(attributes);
        } else {
            String shorthand = SQL.equals(change) ? " or the SQL text" : "";
            throw Nodes.problem(source, attributes, where + " (" + change + ") must map to the change's attributes"
                    + shorthand + ", such as `" + change + ": {...}`, not " + Nodes.describe(attributes));
        }
        return Collections.singletonMap(change, value);
    }

    private Object value(Node node) {
        if (++valuesRead > maxValues) {
            throw Nodes.problem(source, node, "YAML aliases repeat these changes into more than " + maxValues
                    + " values, more than the file holds; write the repeated parts out instead");
        }
        if (node instanceof ScalarNode && SCALAR_TAGS.contains(node.getTag())) {
            return scalar((ScalarNode) node);
        }
        if (!inProgress.add(node)) {
            throw Nodes.problem(source, node, "a YAML alias refers to a list or map that contains it;"
                    + " changes cannot be recursive");
        }
        try {
            return collection(node);
        } finally {
            inProgress.remove(node);
        }
    }

    /** A value with an explicit tag such as {@code !!int 'x'} may not be one; say so instead of crashing. */
    private Object scalar(ScalarNode node) {
        try {
            return values.scalar(node);
        } catch (RuntimeException e) {
            throw Nodes.problem(source, node, Nodes.describe(node) + " is not a valid " + node.getTag()
                    + "; remove the tag or quote the value");
        }
    }

    private Object collection(Node node) {
        if (node instanceof SequenceNode && Tag.SEQ.equals(node.getTag())) {
            List<Object> items = new ArrayList<>();
            for (Node item : ((SequenceNode) node).getValue()) {
                items.add(value(item));
            }
            return Collections.unmodifiableList(items);
        }
        if (node instanceof MappingNode && Tag.MAP.equals(node.getTag())) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                map.put(Nodes.key(tuple, map.keySet(), source), value(tuple.getValueNode()));
            }
            return Collections.unmodifiableMap(map);
        }
        throw Nodes.problem(source, node, "unsupported YAML tag " + node.getTag()
                + "; use plain strings, numbers, booleans, lists and maps");
    }

    private static String describeEntry(Node item) {
        if (item instanceof MappingNode && !((MappingNode) item).getValue().isEmpty()) {
            List<String> keys = new ArrayList<>();
            for (NodeTuple tuple : ((MappingNode) item).getValue()) {
                Node key = tuple.getKeyNode();
                keys.add(key instanceof ScalarNode ? ((ScalarNode) key).getValue() : Nodes.describe(key));
            }
            return "a map with " + keys.size() + " keys (" + String.join(", ", keys)
                    + "); start each change with its own `- `";
        }
        return item instanceof MappingNode ? "an empty map" : Nodes.describe(item);
    }
}

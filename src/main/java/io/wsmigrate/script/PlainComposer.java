package io.wsmigrate.script;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Composes a revision file written in plain YAML into the node tree SnakeYAML composes from it,
 * without SnakeYAML's scanner, parser and composer (on a cold JVM they were half the time of
 * reading a file, and much of what the JIT compiled). Plain means what ws-migrate writes and what
 * people write by hand: block maps and lists (a list may sit at its key's indentation), one-line
 * flow maps and lists, plain, single- and double-quoted one-line scalars, literal blocks ({@code |},
 * {@code |-}), blank and comment lines. Anything else gives empty and the caller composes with
 * SnakeYAML: tabs, carriage returns, anchors, aliases, tags, merge keys, comments after a value,
 * scalars over several lines but literal blocks, folded or kept blocks, document markers, quoted or
 * unusual keys, and whatever this reader is unsure of. Scalars are tagged by SnakeYAML's own
 * resolver, so a value means what it always meant. {@code PlainComposerTest} holds the tree to
 * SnakeYAML's on generated, mutated and hand-written files. One instance per thread.
 */
final class PlainComposer {
    /** Far below SnakeYAML's nesting limit of 50, far above a revision file's nesting. */
    static final int MAX_DEPTH = 30;
    /** Larger texts are rare (data migrations) and go to SnakeYAML, which limits them itself. */
    private static final int MAX_LENGTH = 1 << 22;

    private final PlainFlow flow = new PlainFlow();
    private String[] lines;
    /** The current content line (neither blank nor a comment), lines.length at the end. */
    private int line;
    /** Its indentation, -1 at the end. */
    private int indent;
    private int depth;

    /** The node tree SnakeYAML composes from {@code text}, or empty when it is not plainly written. */
    Optional<Node> compose(String text) {
        if (text.length() > MAX_LENGTH || !PlainFlow.allPlainCharacters(text)) {
            return Optional.empty();
        }
        lines = text.split("\n", -1);
        line = -1;
        depth = 0;
        try {
            if (!advance() || indent != 0) {
                return Optional.empty();
            }
            Node root = mapping(0);
            return line < lines.length ? Optional.empty() : Optional.of(root);
        } catch (PlainFlow.NotPlain e) {
            return Optional.empty();
        } finally {
            lines = null;
        }
    }

    /** Moves to the next line that holds content; false at the end. */
    private boolean advance() {
        while (++line < lines.length) {
            String text = lines[line];
            int first = PlainFlow.skipSpaces(text, 0);
            if (first < text.length() && text.charAt(first) != '#') {
                indent = first;
                return true;
            }
        }
        indent = -1;
        return false;
    }

    /** A block map whose first key starts at column {@code column} of the current line. */
    private Node mapping(int column) {
        enter();
        List<NodeTuple> tuples = new ArrayList<>();
        int keyColumn = column;
        while (true) {
            String text = lines[line];
            int colon = PlainFlow.keyEnd(text, keyColumn);
            Node key = flow.plain(text.substring(keyColumn, colon));
            int value = PlainFlow.skipSpaces(text, colon + 1);
            tuples.add(new NodeTuple(key, value == text.length() ? nested(column) : inline(text, value, column)));
            if (indent != column) {
                break;
            }
            if (isListItem(lines[line], column)) {
                throw PlainFlow.NOT_PLAIN; // a list item where a key belongs
            }
            keyColumn = indent;
        }
        return leave(new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK), column);
    }

    /** The value of a key with nothing after its colon: a block below it, a list at its indentation, or null. */
    private Node nested(int column) {
        if (!advance()) {
            return flow.plain("");
        }
        if (indent > column) {
            return isListItem(lines[line], indent) ? sequence(indent) : mapping(indent);
        }
        return indent == column && isListItem(lines[line], column) ? sequence(column) : flow.plain("");
    }

    /** A block list whose items start with a dash at column {@code column}. */
    private Node sequence(int column) {
        enter();
        List<Node> items = new ArrayList<>();
        while (indent == column && isListItem(lines[line], column)) {
            String text = lines[line];
            int start = PlainFlow.skipSpaces(text, column + 1);
            if (start == text.length() || isListItem(text, start)) {
                throw PlainFlow.NOT_PLAIN; // a dash alone, or a list in a list on one line
            }
            items.add(PlainFlow.isKey(text, start) ? mapping(start) : inline(text, start, column));
        }
        return leave(new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK), column);
    }

    /** A value that starts at {@code start} of the current line, inside a block at {@code column}. */
    private Node inline(String text, int start, int column) {
        if (text.charAt(start) == '|') {
            return literal(text, start, column);
        }
        Node node = flow.oneLine(text, start);
        advance();
        return node;
    }

    /**
     * A literal block: its lines follow, indented deeper than {@code column}. Leading blank lines,
     * lines of spaces deeper than the text, and indentation or keep indicators go to SnakeYAML.
     */
    private Node literal(String text, int start, int column) {
        String header = PlainFlow.stripSpaces(text.substring(start + 1));
        if (!header.isEmpty() && !header.equals("-")) {
            throw PlainFlow.NOT_PLAIN;
        }
        int first = line + 1;
        if (first >= lines.length || isBlank(lines[first])) {
            throw PlainFlow.NOT_PLAIN;
        }
        int textIndent = PlainFlow.skipSpaces(lines[first], 0);
        if (textIndent <= column) {
            throw PlainFlow.NOT_PLAIN;
        }
        StringBuilder value = new StringBuilder();
        int last = first;
        for (int i = first; i < lines.length; i++) {
            String next = lines[i];
            if (isBlank(next)) {
                if (next.length() > textIndent) {
                    throw PlainFlow.NOT_PLAIN;
                }
                continue;
            }
            if (PlainFlow.skipSpaces(next, 0) < textIndent) {
                break;
            }
            value.append("\n".repeat(i - last)).append(next, textIndent, next.length());
            last = i;
        }
        if (header.isEmpty() && last < lines.length - 1) {
            value.append('\n');
        }
        line = last;
        advance();
        return new ScalarNode(Tag.STR, value.toString(), null, null, DumperOptions.ScalarStyle.LITERAL);
    }

    /** Only spaces: YAML's blank, not Java's (which counts U+3000 and other spaces YAML reads as text). */
    private static boolean isBlank(String text) {
        return PlainFlow.skipSpaces(text, 0) == text.length();
    }

    private static boolean isListItem(String text, int column) {
        return text.charAt(column) == '-' && (column + 1 == text.length() || text.charAt(column + 1) == ' ');
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw PlainFlow.NOT_PLAIN;
        }
    }

    /** Ends a block at {@code column}: what follows must sit to its left (or end the file). */
    private Node leave(Node node, int column) {
        if (indent > column) {
            throw PlainFlow.NOT_PLAIN;
        }
        depth--;
        return node;
    }
}

package io.wsmigrate.script;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The one-line values of {@link PlainComposer}: plain, single- and double-quoted scalars and flow
 * maps and lists that close on their line, read as SnakeYAML reads them. Throws {@link #NOT_PLAIN}
 * for anything it does not read for sure, and the file goes to SnakeYAML.
 */
final class PlainFlow {
    /** Not plainly written: thrown often, so one instance with no stack trace. */
    static final class NotPlain extends RuntimeException {
        private NotPlain() {
            super("not plainly written", null, false, false);
        }
    }

    static final NotPlain NOT_PLAIN = new NotPlain();
    /** Keys are names: longer ones (SnakeYAML takes up to 1024 characters) go to SnakeYAML. */
    private static final int MAX_KEY = 128;
    /** Enough for the keys and common values of any scripts folder; a thousand distinct names are not kept. */
    private static final int MAX_TAGS_KEPT = 512;
    /** Characters that cannot start a plain scalar ({@code -} can, before a non-space). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_ENDS = ",[]{}";

    private final Resolver resolver = new YamlSyntax.NoTimestampResolver();
    /**
     * The resolver's tag of each plain scalar met before: the same keys and values (tableName,
     * nullable, true) come back in every file, and the resolver tries regular expressions on them.
     */
    private final Map<String, Tag> tags = new HashMap<>();
    /** Where the last value read ended. */
    private int pos;
    private int depth;

    /**
     * True when every character is one SnakeYAML reads as itself: printable ASCII, line feeds, and
     * printable non-ASCII outside the surrogates; not tabs, carriage returns, U+0085, U+2028 and
     * U+2029 (line breaks to YAML) or a byte order mark.
     */
    static boolean allPlainCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 0x20 && c <= 0x7E) || c == '\n' || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028
                    && c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Without trailing spaces (only spaces: Java's strip also takes characters YAML reads as text). */
    static String stripSpaces(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    /** Whether a key of letters, digits, {@code _} and {@code -}, a colon and a space or the line's end start at {@code start}. */
    static boolean isKey(String text, int start) {
        int end = nameEnd(text, start);
        return end > start && end < text.length() && text.charAt(end) == ':'
                && (end + 1 == text.length() || text.charAt(end + 1) == ' ');
    }

    /** The colon after the key at {@code start}, which {@link #isKey} accepts. */
    static int keyEnd(String text, int start) {
        if (!isKey(text, start)) {
            throw NOT_PLAIN;
        }
        return nameEnd(text, start);
    }

    private static int nameEnd(String text, int start) {
        if (start >= text.length() || !isNameCharacter(text.charAt(start)) || text.charAt(start) == '-'
                || Character.isDigit(text.charAt(start))) {
            return start;
        }
        int i = start + 1;
        while (i < text.length() && i - start <= MAX_KEY && isNameCharacter(text.charAt(i))) {
            i++;
        }
        return i - start > MAX_KEY ? start : i;
    }

    private static boolean isNameCharacter(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    /** A plain scalar, tagged as SnakeYAML's resolver tags it ({@code yes} a bool, {@code ~} and nothing a null). */
    Node plain(String value) {
        Tag tag = tags.get(value);
        if (tag == null) {
            tag = resolver.resolve(NodeId.scalar, value, true);
            if (tags.size() < MAX_TAGS_KEPT) {
                tags.put(value, tag);
            }
        }
        return new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /** The value from {@code start} to the end of the line, in block context. */
    Node oneLine(String text, int start) {
        char first = text.charAt(start);
        if (first != '\'' && first != '"' && first != '{' && first != '[') {
            String value = stripSpaces(text.substring(start));
            if (!startsPlain(value) || value.contains(": ") || value.endsWith(":") || value.contains(" #")) {
                throw NOT_PLAIN;
            }
            return plain(value);
        }
        depth = 0;
        Node node = flowValue(text, start);
        if (skipSpaces(text, pos) != text.length()) {
            throw NOT_PLAIN;
        }
        return node;
    }

    private static boolean startsPlain(String value) {
        char first = value.charAt(0);
        return INDICATORS.indexOf(first) < 0 || first == '-' && value.length() > 1 && value.charAt(1) != ' ';
    }

    private Node flowValue(String text, int start) {
        if (start >= text.length()) {
            throw NOT_PLAIN;
        }
        char first = text.charAt(start);
        return switch (first) {
            case '\'', '"' -> quoted(text, start);
            case '{' -> flowMapping(text, start);
            case '[' -> flowSequence(text, start);
            default -> flowPlain(text, start);
        };
    }

    /** A plain scalar inside a flow collection: no {@code :}, {@code ?} or {@code #} at all, to be sure. */
    private Node flowPlain(String text, int start) {
        int end = start;
        while (end < text.length() && FLOW_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String value = stripSpaces(text.substring(start, end));
        if (value.isEmpty() || !startsPlain(value) || value.indexOf(':') >= 0 || value.indexOf('?') >= 0
                || value.indexOf('#') >= 0) {
            throw NOT_PLAIN;
        }
        pos = end;
        return plain(value);
    }

    private Node flowMapping(String text, int open) {
        List<NodeTuple> tuples = new ArrayList<>();
        flowEntries(text, open, '}', at -> {
            int colon = keyEnd(text, at);
            if (colon + 1 == text.length()) {
                throw NOT_PLAIN;
            }
            Node key = plain(text.substring(at, colon));
            tuples.add(new NodeTuple(key, flowValue(text, skipSpaces(text, colon + 1))));
        });
        return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.FLOW);
    }

    private Node flowSequence(String text, int open) {
        List<Node> items = new ArrayList<>();
        flowEntries(text, open, ']', at -> items.add(flowValue(text, at)));
        return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.FLOW);
    }

    /**
     * Reads each entry between {@code open} and its {@code close} on the line, and leaves
     * {@link #pos} after the closer; {@code entry} reads the entry at the position it is given.
     */
    private void flowEntries(String text, int open, char close, IntConsumer entry) {
        if (++depth > PlainComposer.MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        int at = skipSpaces(text, open + 1);
        while (at >= text.length() || text.charAt(at) != close) {
            entry.accept(at);
            at = skipSpaces(text, pos);
            if (at < text.length() && text.charAt(at) == close) {
                break;
            }
            at = nextEntry(text, at, close);
        }
        depth--;
        pos = at + 1;
    }

    /** After a {@code ,}: where the next entry starts (a trailing comma goes to SnakeYAML). */
    private static int nextEntry(String text, int at, char close) {
        if (at >= text.length() || text.charAt(at) != ',') {
            throw NOT_PLAIN;
        }
        int next = skipSpaces(text, at + 1);
        if (next >= text.length() || text.charAt(next) == close) {
            throw NOT_PLAIN;
        }
        return next;
    }

    /**
     * {@code 'text'} or {@code "text"} on one line: {@code ''} is a quote in the first, SnakeYAML's
     * escapes but {@code \U} and surrogates are read in the second.
     */
    private Node quoted(String text, int open) {
        char quote = text.charAt(open);
        StringBuilder value = new StringBuilder();
        int i = open + 1;
        while (true) {
            if (i >= text.length()) {
                throw NOT_PLAIN;
            }
            char c = text.charAt(i);
            if (quote == '\'' && c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                value.append('\'');
                i += 2;
            } else if (c == quote) {
                pos = i + 1;
                return new ScalarNode(Tag.STR, value.toString(), null, null, quote == '"'
                        ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.SINGLE_QUOTED);
            } else if (quote == '"' && c == '\\') {
                i = escape(text, i + 1, value);
            } else {
                value.append(c);
                i++;
            }
        }
    }

    /** Appends the escape after a backslash at {@code at}; returns where the text goes on. */
    private static int escape(String text, int at, StringBuilder value) {
        if (at >= text.length()) {
            throw NOT_PLAIN;
        }
        char c = text.charAt(at);
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 0;
        if (digits == 0) {
            value.append(replacement(c));
            return at + 1;
        }
        if (at + 1 + digits > text.length()) {
            throw NOT_PLAIN;
        }
        int code = 0;
        for (int i = at + 1; i <= at + digits; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0 || text.charAt(i) > 'f') {
                throw NOT_PLAIN;
            }
            code = code * 16 + digit;
        }
        if (Character.isSurrogate((char) code)) {
            throw NOT_PLAIN;
        }
        value.append((char) code);
        return at + 1 + digits;
    }

    private static char replacement(char escaped) {
        return switch (escaped) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'v' -> '\u000B';
            case 'f' -> '\f';
            case 'r' -> '\r';
            case 'e' -> '\u001B';
            case ' ' -> ' ';
            case '"' -> '"';
            case '\\' -> '\\';
            case 'N' -> '\u0085';
            case '_' -> '\u00A0';
            case 'L' -> '\u2028';
            case 'P' -> '\u2029';
            default -> throw NOT_PLAIN;
        };
    }
}

package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses revision files. Listing needs only headers, so {@link #readHeader} parses the lines before
 * the first top-level {@code upgrade:}/{@code downgrade:} key (without YAML when they are plainly
 * written, see {@link PlainHeader}) and skips the (possibly large) change lists; whenever that shortcut could miss something (a header key after the lists, a second
 * document, a header that does not parse on its own) it falls back to the full parse, so both always
 * agree. One instance per thread.
 */
final class RevisionFileReader {
    /**
     * The longest line read. SnakeYAML copies the unread part of its window for every 1024
     * characters it reads ahead, so a line of n characters costs n squared: 1 MB took half a
     * minute, 4 MB over a minute. 256 KiB costs milliseconds.
     */
    static final int MAX_LINE = 256 * 1024;

    private final PlainComposer composer = new PlainComposer();
    /** Made on first use: a listing of plainly written headers and a plainly written file need none. */
    private Yaml yaml;
    /** Made on first use, then reused file after file: one per file was a tenth of a cold read. */
    private YamlSyntax.ValueConstructor values;

    Revision readHeader(String source, String text) {
        int headerEnd = changeListsStart(text);
        requireShortLines(source, text, headerEnd < 0 ? text.length() : headerEnd);
        if (headerEnd < 0 || !onlyChangeListsFollow(text, headerEnd)) {
            return readFull(source, text).revision();
        }
        Optional<Revision> plain = PlainHeader.read(text.substring(0, headerEnd), source);
        if (plain.isPresent()) {
            return plain.get();
        }
        try {
            return HeaderReader.read(yaml().compose(new StringReader(text.substring(0, headerEnd))), source).revision();
        } catch (ScriptException | YAMLException e) {
            return readFull(source, text).revision();
        }
    }

    /**
     * The whole file. A plainly written one is composed without SnakeYAML ({@link PlainComposer});
     * if what it composes is refused, SnakeYAML reads the file again and reports the problem with
     * its line and column.
     */
    RevisionScript readFull(String source, String text) {
        requireShortLines(source, text, text.length());
        Optional<Node> plainTree = composer.compose(text);
        if (plainTree.isPresent()) {
            try {
                return script(source, plainTree.get(), text.length());
            } catch (ScriptException refused) {
                // read again below, for SnakeYAML's positions in the message
            }
        }
        return readWithSnakeYaml(source, text);
    }

    /** The whole file as SnakeYAML composes it, whatever its style. */
    RevisionScript readWithSnakeYaml(String source, String text) {
        return script(source, compose(source, text), text.length());
    }

    private RevisionScript script(String source, Node root, int textLength) {
        HeaderReader.Header header = HeaderReader.read(root, source);
        if (values == null) {
            values = new YamlSyntax.ValueConstructor();
        }
        EntryReader entries = new EntryReader(source, textLength, values);
        List<Map<String, Object>> upgrade = entries.read(header.nodes().get(HeaderReader.UPGRADE), HeaderReader.UPGRADE);
        List<Map<String, Object>> downgrade =
                entries.read(header.nodes().get(HeaderReader.DOWNGRADE), HeaderReader.DOWNGRADE);
        String checksum = Checksums.of(upgrade, downgrade, header.transactional());
        return new RevisionScript(header.revision(), upgrade, downgrade, header.transactional(), checksum, source);
    }

    /** Refuses a line longer than {@link #MAX_LINE} among the first {@code end} characters, before YAML reads it. */
    private static void requireShortLines(String source, String text, int end) {
        int line = 0;
        for (int start = 0; start < end; start = nextLine(text, start), line++) {
            int newline = text.indexOf('\n', start);
            int length = (newline < 0 ? text.length() : newline) - start;
            if (length > MAX_LINE) {
                throw ScriptException.at(source, line, 0, "line " + (line + 1) + " is " + length + " characters long;"
                        + " ws-migrate reads lines of at most " + MAX_LINE + " characters (longer ones make the YAML"
                        + " parser slow down with their square): break the text over several lines with a `|`"
                        + " block, or move the data into a loadData CSV file");
            }
        }
    }

    private Yaml yaml() {
        if (yaml == null) {
            yaml = YamlSyntax.create();
        }
        return yaml;
    }

    private Node compose(String source, String text) {
        try {
            return yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = "malformed YAML: " + String.valueOf(e.getProblem() != null ? e.getProblem() : e.getContext())
                    .replaceAll("\\s*\\R\\s*", " ") + contextOf(e) + "; check the indentation and quote values that contain ': ' or start with"
                    + " a special character";
            throw mark == null ? new ScriptException(source + ": " + problem, e)
                    : ScriptException.at(source, mark.getLine(), mark.getColumn(), problem, e);
        } catch (YAMLException e) {
            throw new ScriptException(source + ": malformed YAML: " + String.valueOf(e.getMessage()).replace('\n', ' '), e);
        }
    }

    private static String contextOf(MarkedYAMLException e) {
        if (e.getContext() == null || e.getProblem() == null) {
            return "";
        }
        Mark mark = e.getContextMark();
        return " (" + e.getContext() + (mark == null ? "" : " on line " + (mark.getLine() + 1)) + ")";
    }

    /** The offset of the first line that starts with {@code upgrade:} or {@code downgrade:}, or -1. */
    private static int changeListsStart(String text) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            if (startsChangeList(text, lineStart)) {
                return lineStart;
            }
            lineStart = nextLine(text, lineStart);
        }
        return -1;
    }

    /**
     * True when every line from {@code from} on is indented, blank, a comment, a compact list item or
     * another change list, that is, when no top-level header key hides after the change lists.
     */
    private static boolean onlyChangeListsFollow(String text, int from) {
        for (int lineStart = from; lineStart < text.length(); lineStart = nextLine(text, lineStart)) {
            char first = text.charAt(lineStart);
            boolean listItem = first == '-' && (lineStart + 1 == text.length()
                    || " \t\r\n".indexOf(text.charAt(lineStart + 1)) >= 0);
            boolean inside = " \t\r\n#".indexOf(first) >= 0;
            if (!listItem && !inside && !startsChangeList(text, lineStart)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsChangeList(String text, int lineStart) {
        return text.startsWith(HeaderReader.UPGRADE + ":", lineStart)
                || text.startsWith(HeaderReader.DOWNGRADE + ":", lineStart);
    }

    private static int nextLine(String text, int lineStart) {
        int newline = text.indexOf('\n', lineStart);
        return newline < 0 ? text.length() : newline + 1;
    }
}

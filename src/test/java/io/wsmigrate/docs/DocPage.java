package io.wsmigrate.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page read as what the doc tests run: fenced code blocks and {@code <!-- doctest: ... -->}
 * directives, in page order. A block's info string gives its language and flags
 * ({@code ```console norun}, {@code ```yaml title="config/example.yaml"}); a file path may also come
 * from an HTML comment on the line before the fence ({@code <!-- file: config/example.yaml -->}).
 */
record DocPage(Path file, List<Element> elements) {
    private static final Pattern FENCE = Pattern.compile("^(`{3,})\\s*([A-Za-z0-9_+-]*)([^`]*)$");
    private static final Pattern TITLE = Pattern.compile("title=\"([^\"]+)\"");
    private static final Pattern FILE_COMMENT = Pattern.compile("^<!--\\s*file:\\s*(\\S+)\\s*-->$");
    private static final Pattern DIRECTIVE = Pattern.compile("^<!--\\s*doctest:\\s*(.+?)\\s*-->$");

    DocPage {
        elements = List.copyOf(elements);
    }

    /** One thing on the page the tests act on. */
    sealed interface Element permits Block, Directive {
        int line();
    }

    /**
     * A fenced block. {@code path} is the file it shows (null if none); {@code norun} blocks are
     * parsed but not run; {@code body} is the text between the fences.
     */
    record Block(int line, String language, boolean norun, String path, List<String> body) implements Element {
        Block {
            body = List.copyOf(body);
        }

        String text() {
            return String.join("\n", body) + "\n";
        }
    }

    /** {@code <!-- doctest: reset -->} and friends: set-up the reader does not need to see. */
    record Directive(int line, String text) implements Element {
        List<String> words() {
            return List.of(text.split("\\s+"));
        }
    }

    static DocPage read(Path file) {
        try {
            return parse(file, Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocPage parse(Path file, List<String> lines) {
        List<Element> elements = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i).strip();
            Matcher directive = DIRECTIVE.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (directive.matches()) {
                elements.add(new Directive(i + 1, directive.group(1)));
                i++;
            } else if (fence.matches() && lines.get(i).startsWith("```")) {
                int close = closingFence(lines, i, fence.group(1), file);
                String flags = fence.group(3);
                Matcher title = TITLE.matcher(flags);
                String path = title.find() ? title.group(1) : fileComment(lines, i);
                boolean norun = List.of(flags.replaceAll(TITLE.pattern(), "").trim().split("\\s+")).contains("norun");
                elements.add(new Block(i + 1, fence.group(2).toLowerCase(Locale.ROOT), norun, path,
                        lines.subList(i + 1, close)));
                i = close + 1;
            } else {
                i++;
            }
        }
        return new DocPage(file, elements);
    }

    /** The line that closes a fence: the same backticks (a longer fence can show shorter ones inside). */
    private static int closingFence(List<String> lines, int open, String backticks, Path file) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (lines.get(j).strip().equals(backticks)) {
                return j;
            }
        }
        throw new AssertionError(file + ":" + (open + 1) + ": code block is never closed");
    }

    /** The path of a {@code <!-- file: ... -->} comment right above the fence (blank lines allowed). */
    private static String fileComment(List<String> lines, int fence) {
        for (int j = fence - 1; j >= 0; j--) {
            String above = lines.get(j).strip();
            if (!above.isEmpty()) {
                Matcher m = FILE_COMMENT.matcher(above);
                return m.matches() ? m.group(1) : null;
            }
        }
        return null;
    }

    String where(int line) {
        return file.getFileName() + ":" + line;
    }
}

package io.wsmigrate.script;

import org.yaml.snakeyaml.Yaml;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a new revision file as text: a comment header for people, the header keys, then the
 * upgrade and downgrade lists as block YAML with a blank line between changes. Strings are quoted
 * only where YAML would otherwise read them as something else ({@code 'yes'}, {@code '0010'}).
 */
final class RevisionFileRenderer {
    private static final DateTimeFormatter COMMENT_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Yaml yaml = YamlSyntax.create();

    /** {@code upgrade} and {@code downgrade} are already normalized by {@link NewEntries}. */
    String render(NewRevisionFile file, List<Map<String, Object>> upgrade, List<Map<String, Object>> downgrade) {
        StringBuilder out = new StringBuilder();
        commentHeader(out, file);
        out.append(yaml.dump(headerKeys(file)));
        changeList(out, HeaderReader.UPGRADE, upgrade);
        changeList(out, HeaderReader.DOWNGRADE, downgrade);
        return out.toString();
    }

    private static void commentHeader(StringBuilder out, NewRevisionFile file) {
        if (!file.message().isBlank()) {
            comment(out, file.message());
            out.append("#\n");
        }
        comment(out, "Revision ID: " + file.id());
        comment(out, "Revises: " + (file.downRevisions().isEmpty() ? "(base)" : String.join(", ", file.downRevisions())));
        comment(out, "Create Date: " + COMMENT_DATE.format(file.createDate()));
        for (String line : file.headerComments()) {
            comment(out, line);
        }
    }

    /** One comment line per line of text; {@code \\R} also splits at the breaks YAML knows (U+0085, U+2028, U+2029). */
    private static void comment(StringBuilder out, String text) {
        for (String line : text.split("\\R", -1)) {
            String trimmed = printable(line).stripTrailing();
            out.append(trimmed.isEmpty() ? "#" : "# " + trimmed).append('\n');
        }
    }

    /** YAML forbids control characters even in comments; there they are shown as {@code \\uXXXX}. */
    private static String printable(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (isYamlPrintable(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.toString();
    }

    private static boolean isYamlPrintable(int c) {
        return c == '\t' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }

    private static Map<String, Object> headerKeys(NewRevisionFile file) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put(HeaderReader.REVISION, file.id());
        List<String> down = file.downRevisions();
        keys.put(HeaderReader.DOWN_REVISION, down.isEmpty() ? null : down.size() == 1 ? down.get(0) : down);
        keys.put(HeaderReader.BRANCH_LABELS, file.branchLabels());
        keys.put(HeaderReader.DEPENDS_ON, file.dependsOn());
        keys.put(HeaderReader.MESSAGE, file.message());
        keys.put(HeaderReader.CREATE_DATE, file.createDate().truncatedTo(ChronoUnit.SECONDS).toString());
        keys.put(HeaderReader.TRANSACTIONAL, file.transactional());
        return keys;
    }

    private void changeList(StringBuilder out, String key, List<Map<String, Object>> entries) {
        out.append('\n').append(key).append(':');
        if (entries.isEmpty()) {
            out.append(" []\n");
            return;
        }
        out.append('\n');
        List<Object> written = new ArrayList<>(entries.size());
        for (Map<String, Object> entry : entries) {
            written.add(NewEntries.writtenForm(entry));
        }
        // one dump of the whole list (each dump starts an emitter afresh), then a blank line before
        // each entry but the first: only an entry's "- " is indented by exactly two spaces, as
        // anything inside an entry (a nested list, a literal block's lines) is indented further
        out.append(yaml.dump(written).replace("\n  - ", "\n\n  - "));
    }
}

package io.wsmigrate.script;

import java.util.List;
import java.util.Random;

/**
 * Revision-like YAML from a random tree in random styles: block and indentless lists, one-line
 * flow collections, plain, quoted and literal scalars of awkward values, comments and blank lines
 * anywhere, and now and then a slip (a tab, a wrong indentation, a stray indicator), so that many
 * texts are not valid YAML or not plainly written. For holding {@link PlainComposer} to SnakeYAML.
 */
final class RandomYaml {
    private static final List<String> KEYS = List.of("a", "tableName", "columns", "column", "name", "type", "on",
            "yes", "null", "x-y", "_k", "k1", "sql", "Y");
    private static final List<String> ODD_KEYS = List.of("1k", "key with space", "'q'", "\"d\"", "<<", "?", "-k", "é",
            "a:b", "");
    private static final List<String> VALUES = List.of("id", "bigint", "character varying(100)", "yes", "No", "on",
            "~", "null", "NULL", "0x1F", "0o17", "017", "1_000", "1:20", "-1", "-.inf", ".NaN", "1e3", "1.5", "+1",
            "2024-01-01", "2024-01-01T00:00:00Z", "a:b", "a#b", "it's", "say \"hi\"", "é", "中文", "--x", "a  b",
            "\\", "\\n", "=", "true", "FALSE", "\u00A0x", "0", "-0", "0.", "._1", "1__0", "0b101", "190:20:30", "Y",
            "n", "OFF", "~x", "<x>", "a\"b'c", "x\u3000y", "a(1)", "$1", "a;b", "a=b", "a/b", "x.y");
    private static final List<String> ODD_VALUES = List.of("a # b", "x: y", "x:", "-", "- x", "?x", ":x", "!x", "&a",
            "*a", "@x", "`x", "%x", "|", ">", "[a]", "{a}", "a,b", "a, b", "a]b", "", " lead", "trail ",
            "numeric(10,2)", "<<", "x\u3000", "\u3000", "#x", "a\tb", "\u2028", "x\r", "'", "''", "\"", "a?b", "a:");
    private static final List<String> ESCAPES = List.of("\\\\", "\\\"", "\\n", "\\t", "\\x41", "\\u00e9", "\\N",
            "\\_", "\\L", "\\P", "\\0", "\\ ", "\\e", "\\a", "\\b", "\\f", "\\v", "\\r", "\\xFF", "\\uFFFD");
    private static final List<String> ODD_ESCAPES = List.of("\\/", "\\U0001F600", "\\uD800", "\\x4", "\\q",
            "\\u12G4", "\\", "\\x");
    private static final List<String> TEXT_LINES = List.of("SELECT 1;", "  indented more", "# not a comment", "",
            "x: y", "- item", "'quoted'", "end", "é", "  ");
    private static final List<String> ODD_TEXT_LINES = List.of("   ", "      ", "\ttab", "        ");
    private static final List<String> SLIPS = List.of("\t", " ", "# c", " #", ":", "-", "&a", "*a", "!!str ", "'",
            "\"", "{", "]", ",", "|", ">", "? ", "---", "\r");

    private final Random random;
    /** How often an odd choice is made, per text: from never to often. */
    private final double oddness;
    private final StringBuilder out = new StringBuilder();

    private RandomYaml(Random random) {
        this.random = random;
        this.oddness = List.of(0.0, 0.0, 0.01, 0.05, 0.2).get(random.nextInt(5));
    }

    static String text(Random random) {
        RandomYaml yaml = new RandomYaml(random);
        yaml.out.append("revision: a1\n");
        yaml.mapping(0, 0, 1 + random.nextInt(4));
        return yaml.slip(yaml.out.toString());
    }

    private void mapping(int indent, int depth, int size) {
        for (int i = 0; i < size; i++) {
            if (i > 0 || depth == 0) {
                pad(indent);
            }
            out.append(pick(KEYS, ODD_KEYS)).append(':');
            value(indent, depth);
            chatter(indent);
        }
    }

    private void value(int indent, int depth) {
        int kind = depth > 3 ? random.nextInt(4) : random.nextInt(7);
        switch (kind) {
            case 0, 1 -> out.append(' ').append(scalar()).append(maybe(" ")).append('\n');
            case 2 -> out.append(' ').append(flow(depth)).append('\n');
            case 3 -> literal(indent);
            case 4 -> {
                out.append('\n');
                pad(indent + 2);
                mapping(indent + 2, depth + 1, 1 + random.nextInt(3));
            }
            default -> {
                out.append('\n');
                sequence(random.nextBoolean() ? indent : indent + 2, depth + 1);
            }
        }
    }

    private void sequence(int indent, int depth) {
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            pad(indent);
            out.append("- ");
            int kind = random.nextInt(4);
            if (kind == 0 && depth < 4) {
                mapping(indent + 2, depth + 1, 1 + random.nextInt(3));
            } else if (kind == 1) {
                out.append(flow(depth)).append('\n');
            } else {
                out.append(scalar()).append('\n');
            }
            chatter(indent);
        }
    }

    private String scalar() {
        String value = pick(VALUES, ODD_VALUES);
        return switch (random.nextInt(5)) {
            case 0 -> "'" + value.replace("'", "''") + "'";
            case 1 -> doubleQuoted(value);
            default -> value;
        };
    }

    private String doubleQuoted(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            text.append(c == '"' ? "\\\"" : c == '\\' ? "\\\\" : String.valueOf(c));
            if (random.nextInt(4) == 0) {
                text.append(pick(ESCAPES, ODD_ESCAPES));
            }
        }
        return text.append('"').toString();
    }

    private String flow(int depth) {
        int size = random.nextInt(4);
        boolean map = random.nextBoolean();
        StringBuilder text = new StringBuilder(map ? "{" : "[").append(maybe(" "));
        for (int i = 0; i < size; i++) {
            text.append(i > 0 ? "," + maybe(" ") + maybe(" ") : "");
            if (map) {
                text.append(pick(KEYS, ODD_KEYS)).append(odd() ? ":" : ": ");
            }
            text.append(depth < 4 && random.nextInt(4) == 0 ? flow(depth + 1) : scalar()).append(maybe(" "));
        }
        return text.append(odd() ? "," : "").append(map ? "}" : "]").toString();
    }

    private void literal(int indent) {
        out.append(' ').append(pick(List.of("|", "|-", "| ", "|-  "), List.of("|+", "|2", ">", "|-2", "| #"))).append('\n');
        int textIndent = indent + 2 + random.nextInt(3);
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            String line = pick(TEXT_LINES, ODD_TEXT_LINES);
            out.append(line.isBlank() ? line : " ".repeat(textIndent) + line).append('\n');
        }
    }

    /** Blank lines and comment lines, now and then. */
    private void chatter(int indent) {
        if (random.nextInt(6) == 0) {
            out.append(random.nextBoolean() ? "\n" : " ".repeat(random.nextInt(indent + 3)) + "# note\n");
        }
    }

    private void pad(int indent) {
        int slip = odd() ? random.nextInt(3) - 1 : 0;
        out.append(" ".repeat(Math.max(0, indent + slip)));
    }

    /** Now and then one stray character or token somewhere. */
    private String slip(String text) {
        if (!odd() && random.nextInt(8) != 0 || text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        return text.substring(0, at) + pick(SLIPS) + text.substring(at);
    }

    private String maybe(String text) {
        return random.nextInt(5) == 0 ? text : "";
    }

    private boolean odd() {
        return random.nextDouble() < oddness;
    }

    private String pick(List<String> usual, List<String> odd) {
        return odd() ? pick(odd) : pick(usual);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}

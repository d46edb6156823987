package io.wsmigrate.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for fuzzing readers of YAML files: random token soup, and valid files with a few
 * random edits (a range deleted, a token inserted, a line duplicated, swapped, re-indented,
 * dropped, the file cut short), which reach deeper than random text because most of the file
 * still parses. Shrinking keeps the seed and drops edits, so a failure shows a near-valid file.
 */
public final class TextMutations {
    /** What YAML (and our own readers: includes, ${VAR}, revision keys) gives meaning to. */
    public static final List<String> YAML_TOKENS = List.of(
            ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "? ", "|", "|-", ">", "'", "\"", "#", " #", "\\",
            "&a ", "*a", "&b ", "*b", "<<: *a", "<<: ", "!!binary ", "!!int ", "!!float ", "!!map ", "!!set ",
            "!!seq ", "!!str ", "!!timestamp ", "!!bool ", "!!null ", "!!omap ", "!!pairs ", "!custom ",
            "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "---\n", "...\n", "\t", "\n", "\r\n", "\r", "  ", "    ",
            "null", "~", "true", "yes", "off", "0x1F", "0o17", "1e400", "-.inf", ".nan", "1_000", "0010",
            "2024-13-45", "2024-01-01T00:00:00Z", "9999999999999999999999", "-1", "0", "1.5",
            "\u0000", "\u0007", "\uFEFF", "\u2028", "\u0085", "é", "🚀", "\uD800",
            "${", "}", "${X}", "${UNSET}", "${X:-d}", "${:-}", "$${", "${1}",
            "include: ", "include: [", "classpath:", "../", "/", "./", "embedded", "embedded:",
            "jdbc:postgresql://", "database:", "  url: ", "migrations:", "  package: ", "logging:", "  level: ",
            "  loggers: ", "  config: ", "  lock_timeout: ", "  location: ", "  classpath: ", "  properties: ",
            "revision: ", "down_revision: ", "branch_labels: ", "depends_on: ", "message: ", "transactional: ",
            "upgrade:", "downgrade:", "- sql: ", "sql: ", "createTable", "columns", "column", "name", "type",
            "tableName: ", "constraints", "x", "a1", "b2", "abc",
            // pairs that mean something only together: self-reference, self-merge, tags on the wrong text
            "&a [*a]", "&a {x: *a}", "&a {<<: *a}", "!!int x", "!!float abc", "!!int 0x", "!!int ''",
            "!!binary x!", "!!timestamp 2024-99-99");

    private TextMutations() {
    }

    /** Text made of YAML tokens and plain characters. */
    public static Arbitrary<String> tokenSoup(int maxTokens) {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(YAML_TOKENS),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(2));
        return piece.list().ofMaxSize(maxTokens).map(pieces -> String.join("", pieces));
    }

    /** One of {@code seeds} with one to {@code maxEdits} random edits. */
    public static Arbitrary<String> mutants(List<String> seeds, int maxEdits) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Kind.values()),
                        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 30), Arbitraries.of(YAML_TOKENS))
                .as(Edit::new);
        return Combinators.combine(Arbitraries.of(seeds), edit.list().ofMinSize(1).ofMaxSize(maxEdits))
                .as(TextMutations::apply);
    }

    /** {@code seeds} as UTF-8 bytes with bytes flipped, plus plain random bytes. */
    public static Arbitrary<byte[]> byteMutants(List<String> seeds) {
        Arbitrary<byte[]> flipped = Combinators.combine(Arbitraries.of(seeds),
                Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.bytes().list().ofMinSize(4).ofMaxSize(4)).as((seed, positions, values) -> {
                    byte[] bytes = seed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    for (int i = 0; i < positions.size() && bytes.length > 0; i++) {
                        bytes[positions.get(i) % bytes.length] = values.get(i);
                    }
                    return bytes;
                });
        return Arbitraries.oneOf(flipped, Arbitraries.bytes().array(byte[].class).ofMaxSize(400));
    }

    enum Kind { DELETE_RANGE, INSERT_TOKEN, REPLACE_RANGE, DUPLICATE_LINE, DELETE_LINE, SWAP_LINES, INDENT_LINE,
        DEDENT_LINE, TRUNCATE }

    /** One edit; {@code where} and {@code other} are positions as fractions of the text or its lines. */
    record Edit(Kind kind, double where, double other, int length, String token) {
    }

    static String apply(String seed, List<Edit> edits) {
        String text = seed;
        for (Edit edit : edits) {
            text = apply(text, edit);
        }
        return text;
    }

    private static String apply(String text, Edit edit) {
        int at = (int) (edit.where() * text.length());
        int end = Math.min(text.length(), at + edit.length());
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = Math.min(lines.size() - 1, (int) (edit.where() * lines.size()));
        int otherLine = Math.min(lines.size() - 1, (int) (edit.other() * lines.size()));
        switch (edit.kind()) {
            case DELETE_RANGE -> {
                return text.substring(0, at) + text.substring(end);
            }
            case INSERT_TOKEN -> {
                return text.substring(0, at) + edit.token() + text.substring(at);
            }
            case REPLACE_RANGE -> {
                return text.substring(0, at) + edit.token() + text.substring(end);
            }
            case DUPLICATE_LINE -> lines.add(line, lines.get(line));
            case DELETE_LINE -> lines.remove(line);
            case SWAP_LINES -> {
                String first = lines.get(line);
                lines.set(line, lines.get(otherLine));
                lines.set(otherLine, first);
            }
            case INDENT_LINE -> lines.set(line, " ".repeat(edit.length() % 5 + 1) + lines.get(line));
            case DEDENT_LINE -> lines.set(line, lines.get(line).stripLeading());
            case TRUNCATE -> {
                return text.substring(0, at);
            }
            default -> throw new IllegalArgumentException(edit.kind().name());
        }
        return String.join("\n", lines);
    }
}

package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.ScalarValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Java {@code .properties} file (logical lines with {@code \} continuations, {@code =},
 * {@code :} or blanks between key and value, the usual escapes) keeping each value's line. A line
 * {@code #---} or {@code !---} starts a new document, as in Spring Boot. UTF-8, as both
 * frameworks read {@code application.properties}.
 */
final class PropertiesReader {
    private final ClassLoader classLoader;

    PropertiesReader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    List<FlatDocument> read(SettingsSource source) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source.open(classLoader))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (CharacterCodingException e) {
            throw new ConfigException("settings file " + source.displayName() + " is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new ConfigException("cannot read settings file " + source.displayName() + " (" + e.getMessage()
                    + "); check that it exists and is readable", e);
        }
        List<FlatDocument> documents = new ArrayList<>();
        Map<String, ScalarValue> entries = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            int first = i;
            String line = lines.get(i).stripLeading();
            if (line.equals("#---") || line.equals("!---")) {
                documents.add(new FlatDocument(source, entries));
                entries = new LinkedHashMap<>();
                i++;
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsInContinuation(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(lines.get(++i).stripLeading());
            }
            i++;
            if (logical.isEmpty() || logical.charAt(0) == '#' || logical.charAt(0) == '!') {
                continue;
            }
            addEntry(logical.toString(), new Origin(source, first + 1, 1), entries);
        }
        documents.add(new FlatDocument(source, entries));
        return documents;
    }

    private static void addEntry(String line, Origin origin, Map<String, ScalarValue> entries) {
        int end = 0;
        while (end < line.length() && "=: \t\f".indexOf(line.charAt(end)) < 0) {
            end += line.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end, line.length());
        int value = end;
        while (value < line.length() && " \t\f".indexOf(line.charAt(value)) >= 0) {
            value++;
        }
        if (value < line.length() && "=:".indexOf(line.charAt(value)) >= 0) {
            value++;
            while (value < line.length() && " \t\f".indexOf(line.charAt(value)) >= 0) {
                value++;
            }
        }
        String key = unescape(line.substring(0, end), origin);
        String text = unescape(line.substring(value), origin);
        entries.put(key, new ScalarValue(text, text, origin));
    }

    private static boolean endsInContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String unescape(String text, Origin origin) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 5 > text.length() || !text.substring(i + 1, i + 5).matches("[0-9A-Fa-f]{4}")) {
                        throw new ConfigException(origin.where() + ": malformed \\u escape; write four hex digits,"
                                + " e.g. \\u00e9");
                    }
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}

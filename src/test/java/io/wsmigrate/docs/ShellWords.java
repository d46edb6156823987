package io.wsmigrate.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A command line of a page split as a POSIX shell would, for the small part of the shell pages
 * use: words, '...' and "..." quoting, backslash escapes, {@code NAME=value} assignments before
 * the command, and one {@code > FILE} redirect at the end.
 */
record ShellWords(Map<String, String> assignments, List<String> words, String redirect) {
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

    ShellWords {
        assignments = Map.copyOf(assignments);
        words = List.copyOf(words);
    }

    static ShellWords split(String line) {
        List<String> raw = tokens(line);
        Map<String, String> assignments = new LinkedHashMap<>();
        int i = 0;
        while (i < raw.size() && ASSIGNMENT.matcher(raw.get(i)).matches()) {
            int eq = raw.get(i).indexOf('=');
            assignments.put(raw.get(i).substring(0, eq), raw.get(i).substring(eq + 1));
            i++;
        }
        List<String> words = new ArrayList<>(raw.subList(i, raw.size()));
        String redirect = null;
        if (words.size() >= 2 && words.get(words.size() - 2).equals(">")) {
            redirect = words.remove(words.size() - 1);
            words.remove(words.size() - 1);
        }
        return new ShellWords(assignments, words, redirect);
    }

    String program() {
        return words.isEmpty() ? "" : words.get(0);
    }

    List<String> arguments() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    tokens.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " in: " + line);
        }
        if (word != null) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}

package io.wsmigrate.compare;

import java.util.ArrayList;
import java.util.List;

/** Reads PostgreSQL's one-dimensional array literal text, {@code {A,"B C",D}}. */
final class ArrayLiterals {
    private ArrayLiterals() {
    }

    /** The elements, unquoted; null when the text is not a one-dimensional array literal. */
    static List<String> elements(String text) {
        String body = text.trim();
        if (body.length() < 2 || body.charAt(0) != '{' || body.charAt(body.length() - 1) != '}') {
            return null;
        }
        body = body.substring(1, body.length() - 1);
        List<String> elements = new ArrayList<>();
        if (body.isBlank()) {
            return elements;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                current.append(body.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '{' && !quoted) {
                return null;
            } else if (c == ',' && !quoted) {
                elements.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        elements.add(current.toString().trim());
        return elements;
    }
}

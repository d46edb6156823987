package io.wsmigrate.ops;

/** What every rename of a key, constraint or index requires of its names. */
final class Renames {
    private Renames() {
    }

    static void requireTwoNames(String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            throw new IllegalArgumentException("a rename needs two different names: " + from + " -> " + to);
        }
    }
}

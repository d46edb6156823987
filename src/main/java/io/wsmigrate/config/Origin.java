package io.wsmigrate.config;

/**
 * Where a value was written: the settings source and its 1-based line and column (0 when the
 * value has no position, such as a section that is absent). Kept on every node so errors found
 * after includes are merged still name the file the value came from.
 */
record Origin(SettingsSource source, int line, int column) {

    static Origin of(SettingsSource source) {
        return new Origin(source, 0, 0);
    }

    /** {@code file:line}, or just the file when there is no line. */
    String where() {
        return line > 0 ? source.displayName() + ":" + line : source.displayName();
    }

    /** {@code file:line:column}, used for syntax errors where the column matters. */
    String exactly() {
        return line > 0 ? where() + ":" + column : where();
    }
}

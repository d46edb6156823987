package io.wsmigrate.config;

/**
 * Where a value was written: the settings source and its 1-based line and column (0 when the
 * value has no position, such as a section that is absent). Kept on every node so errors found
 * after includes are merged still name the file the value came from. {@code key} is the name the
 * value has in that file when it is not ws-migrate's own ({@code spring.datasource.url} for
 * {@code database.url}, or an environment variable): errors then name the key the user wrote.
 */
record Origin(SettingsSource source, int line, int column, String key) {

    Origin(SettingsSource source, int line, int column) {
        this(source, line, column, null);
    }

    static Origin of(SettingsSource source) {
        return new Origin(source, 0, 0);
    }

    /** This position, the value known by {@code name} in the user's file. */
    Origin named(String name) {
        return new Origin(source, line, column, name);
    }

    /** {@code file:line}, or just the file when there is no line. */
    String where() {
        return line > 0 ? source.displayName() + ":" + line : source.displayName();
    }

    /** {@code file:line:column}, used for syntax errors where the column matters. */
    String exactly() {
        return line > 0 ? where() + ":" + column : where();
    }

    /** The key to name in a message: the user's own name for it, else ws-migrate's {@code keyPath}. */
    String keyOr(String keyPath) {
        return key != null ? key : keyPath;
    }
}

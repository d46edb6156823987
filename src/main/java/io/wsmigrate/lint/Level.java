package io.wsmigrate.lint;

/** How bad a finding is. Both fail {@code ws-migrate lint}, as differences fail {@code check}. */
public enum Level {
    /** The revision fails, or fails as soon as the table holds rows. */
    ERROR,
    /** The revision runs, but locks a busy table for long, rewrites it, or loses data. */
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package io.wsmigrate.lint;

/**
 * One unsafe statement: where it is ({@code file}, {@code revision}, the 1-based {@code entry} of
 * the upgrade list and its {@code change} type; entry 0 is the revision as a whole), what it runs,
 * which {@code rule} it breaks, why, and what to do {@code instead}.
 */
public record Finding(String file, String revision, int entry, String change, String statement, Level level,
                      String rule, String reason, String instead) {

    /** {@code upgrade entry 3 (createIndex)}, or {@code the revision} for entry 0. */
    public String location() {
        return entry == 0 ? "the revision" : "upgrade entry " + entry + " (" + change + ")";
    }
}

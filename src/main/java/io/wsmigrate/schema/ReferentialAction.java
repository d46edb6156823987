package io.wsmigrate.schema;

/** The ON DELETE / ON UPDATE action of a foreign key. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** Reads the SQL spelling ({@code SET NULL}, {@code set_null}, {@code cascade}). */
    public static ReferentialAction parse(String text) {
        if (text == null || text.isBlank()) {
            return NO_ACTION;
        }
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
    }
}

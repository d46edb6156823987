package io.wsmigrate.sql;

/** Text PostgreSQL's lexer would reject, with the offset where the offending token starts. */
public final class SqlSyntaxException extends IllegalArgumentException {
    private final int offset;

    public SqlSyntaxException(String problem, int offset) {
        super(problem + " at offset " + offset);
        this.offset = offset;
    }

    /** Where in the text the problem starts (0-based). */
    public int offset() {
        return offset;
    }
}

package io.wsmigrate.compare;

import io.wsmigrate.schema.QualifiedName;

/**
 * A drop and an add that may really be a rename: a removed and an added table with the same
 * columns, or in one table a removed and an added column of the same type. The plan still drops
 * and adds; {@link #hint()} is what to pass as a rename hint to make it a rename instead.
 * For a table, {@code table} is the table's current (database) name; for a column, the table's name.
 */
public record RenameCandidate(Kind kind, QualifiedName table, String from, String to) {
    public enum Kind { TABLE, COLUMN }

    /** The rename hint that turns this drop + add into a rename: {@code old=new} or {@code table.old=new}. */
    public String hint() {
        return table + (kind == Kind.COLUMN ? "." + from : "") + "=" + to;
    }

    public String describe() {
        return kind == Kind.TABLE
                ? "table " + table + " may have been renamed to " + to
                : "column " + table + "." + from + " may have been renamed to " + to;
    }

    /** The question a person answers: "Was column visits.visit_date renamed to date_of_visit?" */
    public String question() {
        return kind == Kind.TABLE
                ? "Was table " + table + " renamed to " + to + "?"
                : "Was column " + table + "." + from + " renamed to " + to + "?";
    }
}

package io.wsmigrate.schema;

import java.util.Objects;

/**
 * How a table is placed on a Citus cluster. {@code LOCAL} is a plain PostgreSQL table (what every
 * table is without Citus); {@code REFERENCE} is copied to every node; {@code DISTRIBUTED} is sharded
 * by {@code column}. A distributed table of the model names what it is colocated with in
 * {@code colocateWith} (another table, {@link #COLOCATE_NONE}, or null for Citus's default); one read
 * from the catalog carries its colocation group instead ({@code colocationId}, 0 when unknown).
 */
public record Distribution(Kind kind, String column, String colocateWith, int colocationId) {
    public static final Distribution LOCAL = new Distribution(Kind.LOCAL, null, null, 0);
    /** The {@code colocate_with} value that gives a table a colocation group of its own. */
    public static final String COLOCATE_NONE = "none";

    public enum Kind { LOCAL, REFERENCE, DISTRIBUTED }

    public Distribution {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.DISTRIBUTED) {
            Objects.requireNonNull(column, "column");
        } else {
            column = null;
            colocateWith = null;
        }
    }

    public static Distribution reference(int colocationId) {
        return new Distribution(Kind.REFERENCE, null, null, colocationId);
    }

    /** A distributed table as the model wants it. */
    public static Distribution distributed(String column, String colocateWith) {
        return new Distribution(Kind.DISTRIBUTED, column, colocateWith, 0);
    }

    /** A distributed table as the catalog holds it. */
    public static Distribution distributedIn(String column, int colocationId) {
        return new Distribution(Kind.DISTRIBUTED, column, null, colocationId);
    }

    public boolean isLocal() {
        return kind == Kind.LOCAL;
    }

    /** For messages: {@code local}, {@code reference}, {@code distributed by tenant_id (colocated with tenants)}. */
    public String describe() {
        return switch (kind) {
            case LOCAL -> "local";
            case REFERENCE -> "reference";
            case DISTRIBUTED -> "distributed by " + column + (colocateWith == null ? ""
                    : colocateWith.equals(COLOCATE_NONE) ? " (colocated with none)" : " (colocated with " + colocateWith + ")");
        };
    }
}

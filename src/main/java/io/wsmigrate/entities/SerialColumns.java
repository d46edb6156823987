package io.wsmigrate.entities;

import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.PostgresNames;
import io.wsmigrate.schema.QualifiedName;
import java.util.Locale;
import java.util.Set;

/**
 * {@code @Column(columnDefinition = "serial")} (or {@code bigserial}, {@code smallserial}):
 * PostgreSQL turns the pseudo-type into its integer type, NOT NULL, a sequence named
 * {@code <table>_<column>_seq} owned by the column, and a {@code nextval} default on it. The model
 * holds what the catalog then holds, so a serial compares equal to the database's serial and not to
 * an identity or a plain integer.
 */
final class SerialColumns {
    private static final Set<String> SERIALS = Set.of("serial", "serial4", "bigserial", "serial8", "smallserial",
            "serial2");

    private SerialColumns() {
    }

    static boolean isSerial(String type) {
        return SERIALS.contains(type.trim().toLowerCase(Locale.ROOT));
    }

    /** The default PostgreSQL gives a serial column, as {@code pg_get_expr} prints it. */
    static String nextvalDefault(QualifiedName table, String column) {
        QualifiedName sequence = new QualifiedName(table.schema(),
                PostgresNames.makeObjectName(table.name(), column, "seq"));
        return "nextval(" + Identifiers.literal(sequence.sql()) + "::regclass)";
    }
}

package io.wsmigrate.command;

import io.wsmigrate.liquibase.ChangeEntry;
import io.wsmigrate.compare.Drift;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The changes of a convergence revision. Each renames one object only where it still has the
 * other name, so the same revision runs on the drifted database (where it renames) and on every
 * database built from the scripts (where the object already has the wanted name, and nothing
 * happens). A plain {@code renameIndex} or {@code RENAME CONSTRAINT} would fail on one of the two.
 */
final class ConvergeChanges {
    private ConvergeChanges() {
    }

    /** Renames each drifted object from {@code from}'s name to {@code to}'s; one {@code sql} change per object. */
    static List<Map<String, Object>> rename(List<Drift> drifts, boolean toScripts) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Drift drift : drifts) {
            String from = toScripts ? drift.databaseName() : drift.scriptsName();
            String to = toScripts ? drift.scriptsName() : drift.databaseName();
            String sql = switch (drift.kind()) {
                case CONSTRAINT_NAME -> ifConstraint(drift.table(), from, "ALTER TABLE " + table(drift.table())
                        + " RENAME CONSTRAINT " + Identifiers.quote(from) + " TO " + Identifiers.quote(to));
                case INDEX_NAME -> ifIndex(drift.table(), from, "ALTER INDEX " + index(drift.table(), from)
                        + " RENAME TO " + Identifiers.quote(to));
                case UNIQUE_INDEX -> ifIndex(drift.table(), drift.databaseName(), "ALTER TABLE "
                        + table(drift.table()) + " ADD CONSTRAINT " + Identifiers.quote(drift.scriptsName())
                        + " UNIQUE USING INDEX " + Identifiers.quote(drift.databaseName()));
                case STRUCTURE -> throw new IllegalArgumentException("a rename cannot converge " + drift.describe());
            };
            changes.add(ChangeEntry.sql(sql).toMap());
        }
        return changes;
    }

    private static String ifConstraint(QualifiedName table, String name, String statement) {
        return guarded("SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid OPERATOR(pg_catalog.=) " + regclass(table)
                + " AND conname OPERATOR(pg_catalog.=) " + Identifiers.literal(name), statement);
    }

    /** An index of the table, not a constraint's: a unique constraint's index is renamed with it. */
    private static String ifIndex(QualifiedName table, String name, String statement) {
        return guarded("SELECT 1 FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c"
                + " ON c.oid OPERATOR(pg_catalog.=) i.indexrelid WHERE i.indrelid OPERATOR(pg_catalog.=) "
                + regclass(table) + " AND c.relname OPERATOR(pg_catalog.=) " + Identifiers.literal(name)
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k"
                + " WHERE k.conindid OPERATOR(pg_catalog.=) i.indexrelid)", statement);
    }

    private static String guarded(String condition, String statement) {
        return "DO $$\nBEGIN\n  IF EXISTS (" + condition + ") THEN\n    " + statement + ";\n  END IF;\nEND $$";
    }

    private static String regclass(QualifiedName table) {
        return Identifiers.literal(table(table)) + "::regclass";
    }

    private static String table(QualifiedName table) {
        return Identifiers.quote(table.schema()) + "." + Identifiers.quote(table.name());
    }

    private static String index(QualifiedName table, String name) {
        return Identifiers.quote(table.schema()) + "." + Identifiers.quote(name);
    }
}

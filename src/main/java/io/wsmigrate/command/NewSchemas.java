package io.wsmigrate.command;

import io.wsmigrate.changes.ChangeEntry;
import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.SequenceOperation.CreateSequence;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The schemas a revision's new tables and sequences live in that the compared database has no table
 * in: an entity's {@code @Table(schema = "audit")} on a fresh database (or the scratch database of
 * {@code --against scripts}) needs {@code CREATE SCHEMA} before its {@code CREATE TABLE}. The
 * upgrade creates them if missing; the downgrade drops them again only when empty, so a schema that
 * also holds other objects (another package's tables) survives.
 */
final class NewSchemas {
    private NewSchemas() {
    }

    /** The schemas to create, sorted; never {@code public}, which every database has. */
    static Set<String> of(MigrationPlan plan, SchemaModel database) {
        Set<String> existing = database.tables().stream().map(t -> t.name().schema()).collect(Collectors.toSet());
        Set<String> needed = new TreeSet<>();
        for (Operation operation : plan.upgrade()) {
            QualifiedName created = createdName(operation);
            if (created != null && !created.isDefaultSchema() && !existing.contains(created.schema())) {
                needed.add(created.schema());
            }
        }
        return needed;
    }

    /** Entries that create the schemas, to run before the revision's upgrade. */
    static List<Map<String, Object>> create(Set<String> schemas) {
        return schemas.stream()
                .map(schema -> ChangeEntry.sql("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema)).toMap())
                .toList();
    }

    /** Entries that drop the schemas when nothing else lives in them, to run after the revision's downgrade. */
    static List<Map<String, Object>> dropIfEmpty(Set<String> schemas) {
        return schemas.stream()
                .map(schema -> ChangeEntry.sql("DO $$ BEGIN DROP SCHEMA IF EXISTS " + Identifiers.quote(schema)
                        + " RESTRICT; EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$").toMap())
                .toList();
    }

    private static QualifiedName createdName(Operation operation) {
        if (operation instanceof CreateTable create) {
            return create.table().name();
        }
        return operation instanceof CreateSequence create ? create.sequence().name() : null;
    }
}

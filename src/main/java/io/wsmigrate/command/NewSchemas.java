package io.wsmigrate.command;

import io.wsmigrate.liquibase.ChangeEntry;
import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.SequenceOperation.CreateSequence;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schemas a revision's new tables and sequences live in that the compared database does not
 * hold: an entity's {@code @Table(schema = "audit")} on a fresh database (or the scratch database of
 * {@code --against scripts}) needs {@code CREATE SCHEMA} before its {@code CREATE TABLE}. A schema
 * the database already holds, even an empty one, is neither created nor dropped: a downgrade drops
 * only what its upgrade created. The upgrade creates the new ones if missing; the downgrade drops
 * them again only when empty, so a schema that meanwhile holds other objects survives.
 */
final class NewSchemas {
    private NewSchemas() {
    }

    /** The schemas to create, sorted; never {@code public}, which every database has. */
    static Set<String> of(MigrationPlan plan, Set<String> existing) {
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

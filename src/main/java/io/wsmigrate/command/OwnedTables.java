package io.wsmigrate.command;

import io.wsmigrate.revision.Revision;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.script.RevisionScript;
import io.wsmigrate.script.ScriptDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables and sequences a package's own history created: the only ones besides its models'
 * that autogenerate may drop. This is what keeps a library from dropping tables it does not own,
 * and what lets removing an entity drop its table, or removing a {@code @SequenceGenerator} its
 * sequence.
 */
final class OwnedTables {
    private OwnedTables() {
    }

    static Set<QualifiedName> createdBy(ScriptDirectory scripts, List<Revision> revisions) {
        Set<QualifiedName> owned = new HashSet<>();
        for (Revision revision : revisions) {
            RevisionScript script = scripts.load(revision.id());
            for (Map<String, Object> entry : script.upgrade()) {
                collect(entry, owned);
            }
        }
        return owned;
    }

    private static void collect(Map<String, Object> entry, Set<QualifiedName> owned) {
        for (Map.Entry<String, Object> change : entry.entrySet()) {
            if (!(change.getValue() instanceof Map<?, ?> attributes)) {
                continue;
            }
            String schema = text(attributes.get("schemaName"));
            switch (change.getKey()) {
                case "createTable" -> add(owned, schema, text(attributes.get("tableName")));
                case "renameTable" -> add(owned, schema, text(attributes.get("newTableName")));
                case "createSequence" -> add(owned, schema, text(attributes.get("sequenceName")));
                case "renameSequence" -> add(owned, schema, text(attributes.get("newSequenceName")));
                default -> {
                    // other changes create neither tables nor sequences
                }
            }
        }
    }

    private static void add(Set<QualifiedName> owned, String schema, String table) {
        if (table != null) {
            owned.add(new QualifiedName(schema, table));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package io.wsmigrate.command;

import io.wsmigrate.revision.Revision;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.script.RevisionScript;
import io.wsmigrate.script.ScriptDirectory;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables, sequences and enum types a package's own history created: the only ones besides its
 * models' that autogenerate may drop. This is what keeps a library from dropping tables it does not own,
 * and what lets removing an entity drop its table, or removing a {@code @SequenceGenerator} its
 * sequence.
 */
final class OwnedTables {
    private static final String NAME = "(\"(?:[^\"]|\"\")+\"|[\\w$]+)";
    private static final Pattern CREATE_ENUM = Pattern.compile(
            "(?i)\\bCREATE\\s+TYPE\\s+(?:" + NAME + "\\.)?" + NAME + "\\s+AS\\s+ENUM\\b");

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
                case "sql" -> enumTypes(text(attributes.get("sql")), owned);
                default -> {
                    // other changes create neither tables, sequences nor enum types
                }
            }
        }
    }

    /** The enum types a {@code sql} change creates, as autogenerate writes them. */
    private static void enumTypes(String sql, Set<QualifiedName> owned) {
        if (sql == null) {
            return;
        }
        Matcher create = CREATE_ENUM.matcher(sql);
        while (create.find()) {
            String schema = create.group(1) == null ? null : unquote(create.group(1));
            owned.add(new QualifiedName(schema, unquote(create.group(2))));
        }
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
                : name.toLowerCase(Locale.ROOT);
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

package io.wsmigrate.compare;

import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the comparators of one run share: the options, the plan being built, the names taken, and
 * what was dropped so far, which foreign keys elsewhere may depend on.
 */
final class CompareContext {
    private final CompareOptions options;
    private final KeyGenerators generators;
    private final PlanBuilder plan = new PlanBuilder();
    private final NameRegistry names = new NameRegistry();
    private final Map<QualifiedName, Set<Set<String>>> droppedKeys = new HashMap<>();
    private final Set<String> droppedForeignKeys = new HashSet<>();
    /** Foreign keys to rename, decided once it is known which are dropped and restored anyway. */
    private final Map<String, ForeignKeyRename> foreignKeyRenames = new LinkedHashMap<>();

    /** A foreign key of {@code table} the model names {@code to}. */
    record ForeignKeyRename(QualifiedName table, ForeignKey key, String to) {
    }

    CompareContext(CompareOptions options, KeyGenerators generators) {
        this.options = options;
        this.generators = generators;
    }

    KeyGenerators generators() {
        return generators;
    }

    CompareOptions options() {
        return options;
    }

    PlanBuilder plan() {
        return plan;
    }

    NameRegistry names() {
        return names;
    }

    /** Records that a primary key, unique constraint or unique index on these columns goes away. */
    void keyDropped(QualifiedName table, List<String> columns) {
        droppedKeys.computeIfAbsent(table, t -> new HashSet<>()).add(Set.copyOf(columns));
    }

    boolean isKeyDropped(QualifiedName table, List<String> columns) {
        return droppedKeys.getOrDefault(table, Set.of()).contains(Set.copyOf(columns));
    }

    void foreignKeyDropped(QualifiedName table, ForeignKey key) {
        droppedForeignKeys.add(identity(table, key));
    }

    boolean isForeignKeyDropped(QualifiedName table, ForeignKey key) {
        return droppedForeignKeys.contains(identity(table, key));
    }

    void foreignKeyRenamed(QualifiedName table, ForeignKey key, String to) {
        foreignKeyRenames.put(identity(table, key), new ForeignKeyRename(table, key, to));
    }

    /** The name the model gives this foreign key: a restored key takes it instead of being renamed. */
    String foreignKeyName(QualifiedName table, ForeignKey key) {
        ForeignKeyRename rename = foreignKeyRenames.remove(identity(table, key));
        return rename == null ? key.name() : rename.to();
    }

    /** The renames of foreign keys that are neither dropped nor restored. */
    List<ForeignKeyRename> foreignKeyRenames() {
        return foreignKeyRenames.values().stream().filter(r -> !isForeignKeyDropped(r.table(), r.key())).toList();
    }

    private static String identity(QualifiedName table, ForeignKey key) {
        return table + " " + key.name() + " " + ObjectKeys.foreignKey(key);
    }
}

package io.wsmigrate.compare;

import io.wsmigrate.schema.Deferral;
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

    /** Foreign keys whose deferral the model changes, altered unless dropped and restored anyway. */
    private final Map<String, ForeignKeyDeferral> foreignKeyDeferrals = new LinkedHashMap<>();

    /** A foreign key of {@code table} the model makes {@code to} deferrable (or not). */
    record ForeignKeyDeferral(QualifiedName table, ForeignKey key, Deferral to) {
    }

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

    /** The name a foreign key has once the renames ran. */
    String foreignKeyNameAfterRenames(QualifiedName table, ForeignKey key) {
        ForeignKeyRename rename = foreignKeyRenames.get(identity(table, key));
        return rename == null ? key.name() : rename.to();
    }

    void foreignKeyDeferralChanged(QualifiedName table, ForeignKey key, Deferral to) {
        foreignKeyDeferrals.put(identity(table, key), new ForeignKeyDeferral(table, key, to));
    }

    /** The deferral the model gives this foreign key: a restored key takes it instead of being altered. */
    Deferral foreignKeyDeferral(QualifiedName table, ForeignKey key) {
        ForeignKeyDeferral change = foreignKeyDeferrals.remove(identity(table, key));
        return change == null ? key.deferral() : change.to();
    }

    /** The deferral changes of foreign keys that are neither dropped nor restored. */
    List<ForeignKeyDeferral> foreignKeyDeferrals() {
        return foreignKeyDeferrals.values().stream().filter(d -> !isForeignKeyDropped(d.table(), d.key())).toList();
    }

    /** The renames of foreign keys that are neither dropped nor restored. */
    List<ForeignKeyRename> foreignKeyRenames() {
        return foreignKeyRenames.values().stream().filter(r -> !isForeignKeyDropped(r.table(), r.key())).toList();
    }

    private static String identity(QualifiedName table, ForeignKey key) {
        return table + " " + key.name() + " " + ObjectKeys.foreignKey(key);
    }
}

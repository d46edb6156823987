package io.wsmigrate.compare;

import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.DropColumn;
import io.wsmigrate.ops.ColumnOperation.SetColumnComment;
import io.wsmigrate.ops.DistributionOperation.RestoreComments;
import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.ops.TableOperation.DropTable;
import io.wsmigrate.ops.TableOperation.SetTableComment;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Citus rebuilds a table, and drops its table and column comments, when it turns it into a Citus
 * local table (a foreign key links it to a reference table), turns it back (the last such key goes),
 * undistributes it or redistributes it. So that a revision leaves the catalog equal to the model,
 * each table a step of the plan rebuilds gets its comments set again right after the step, in the
 * upgrade and, through a {@link RestoreComments} pair, in the downgrade. The comments are those the
 * table has at that point of the plan, followed through the plan's own comment changes.
 */
final class CitusComments {
    private final CitusLinks links;
    private final Map<QualifiedName, Comments> state = new HashMap<>();

    /** {@code databaseTables} with the plan's renames applied, as the comparison sees them. */
    private CitusComments(CitusLinks links, Map<QualifiedName, Table> databaseTables) {
        this.links = links;
        databaseTables.values().forEach(t -> state.put(t.name(), Comments.of(t)));
    }

    /** The plan with the comments of every table it makes Citus rebuild set again after each rebuild. */
    static MigrationPlan keep(MigrationPlan plan, CitusLinks links, Map<QualifiedName, Table> databaseTables) {
        if (!links.usesCitus()) {
            return plan;
        }
        return new CitusComments(links, databaseTables).insert(plan.upgrade());
    }

    private MigrationPlan insert(List<Operation> upgrade) {
        Map<QualifiedName, Integer> first = new HashMap<>();
        Map<QualifiedName, Integer> last = new HashMap<>();
        for (int i = 0; i < upgrade.size(); i++) {
            for (QualifiedName table : links.rebuilt(upgrade.get(i))) {
                first.putIfAbsent(table, i);
                last.put(table, i);
            }
        }
        List<Operation> result = new ArrayList<>();
        Set<QualifiedName> created = new HashSet<>();
        for (int i = 0; i < upgrade.size(); i++) {
            Operation op = upgrade.get(i);
            for (Map.Entry<QualifiedName, Integer> entry : first.entrySet()) {
                Comments comments = state.get(entry.getKey());
                if (entry.getValue() == i && comments != null && !comments.isEmpty() && !created.contains(entry.getKey())) {
                    result.add(comments.restore(entry.getKey(), false));
                }
            }
            result.add(op);
            follow(op, created);
            for (Map.Entry<QualifiedName, Integer> entry : new TreeMap<>(last).entrySet()) {
                Comments comments = state.get(entry.getKey());
                if (entry.getValue() == i && comments != null && !comments.isEmpty()) {
                    result.add(comments.restore(entry.getKey(), true));
                }
            }
        }
        return new MigrationPlan(result);
    }

    /** Keeps {@link #state} what the catalog holds after {@code op} (as far as comments go). */
    private void follow(Operation op, Set<QualifiedName> created) {
        if (op instanceof CreateTable create) {
            state.put(create.table().name(), Comments.of(create.table()));
            created.add(create.table().name());
        } else if (op instanceof DropTable drop) {
            state.remove(drop.table().name());
        } else if (op instanceof SetTableComment set) {
            state.computeIfPresent(set.table(), (t, c) -> c.withTable(set.to()));
        } else if (op instanceof SetColumnComment set) {
            state.computeIfPresent(set.table(), (t, c) -> c.withColumn(set.column(), set.to()));
        } else if (op instanceof AddColumn add) {
            state.computeIfPresent(add.table(), (t, c) -> c.withColumn(add.column().name(), add.column().comment()));
        } else if (op instanceof DropColumn drop) {
            state.computeIfPresent(drop.table(), (t, c) -> c.withColumn(drop.column().name(), null));
        }
    }

    /** A table's comment and its columns' comments (only those that have one). */
    private record Comments(String table, Map<String, String> columns) {
        static Comments of(Table table) {
            Map<String, String> columns = new TreeMap<>();
            for (Column column : table.columns()) {
                if (column.comment() != null) {
                    columns.put(column.name(), column.comment());
                }
            }
            return new Comments(table.comment(), columns);
        }

        boolean isEmpty() {
            return table == null && columns.isEmpty();
        }

        Comments withTable(String comment) {
            return new Comments(comment, columns);
        }

        Comments withColumn(String column, String comment) {
            Map<String, String> changed = new TreeMap<>(columns);
            if (comment == null) {
                changed.remove(column);
            } else {
                changed.put(column, comment);
            }
            return new Comments(table, changed);
        }

        RestoreComments restore(QualifiedName name, boolean runs) {
            return new RestoreComments(name, table, columns, runs);
        }
    }
}

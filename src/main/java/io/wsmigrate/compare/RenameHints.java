package io.wsmigrate.compare;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.ops.ColumnOperation.RenameColumn;
import io.wsmigrate.ops.TableOperation.RenameTable;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The renames the user declared, checked against both sides and applied to the database side
 * before comparing, so that a renamed table or column is then compared like any other.
 */
final class RenameHints {
    private static final String FORMS = "hints are old_table=new_table or table.old_column=new_column";

    record TableRename(QualifiedName from, QualifiedName to) {
    }

    record ColumnRename(QualifiedName table, String from, String to) {
    }

    private final List<TableRename> tables = new ArrayList<>();
    private final List<ColumnRename> columns = new ArrayList<>();

    private RenameHints() {
    }

    /** Reads the hints; a hint naming something that is not there is a usage error. */
    static RenameHints parse(Map<String, String> hints, Map<QualifiedName, Table> database,
                             Map<QualifiedName, Table> model) {
        RenameHints parsed = new RenameHints();
        Map<String, String> twoPart = new TreeMap<>();
        new TreeMap<>(hints).forEach((key, value) -> parsed.classify(key.trim(), value.trim(), twoPart));
        twoPart.forEach((key, value) -> parsed.classifyTwoPart(key, value, database));
        parsed.tables.forEach(rename -> parsed.checkTable(rename, database, model));
        parsed.columns.forEach(rename -> parsed.checkColumn(rename, database, model));
        parsed.checkDistinctTargets();
        return parsed;
    }

    /** Two renames to one name cannot both happen. */
    private void checkDistinctTargets() {
        Set<QualifiedName> tableTargets = new HashSet<>();
        for (TableRename rename : tables) {
            if (!tableTargets.add(rename.to())) {
                throw usage(rename.from() + "=" + rename.to().name(), "another hint renames a table to "
                        + rename.to() + " too");
            }
        }
        Set<String> columnTargets = new HashSet<>();
        for (ColumnRename rename : columns) {
            QualifiedName table = newName(currentName(rename.table()));
            if (!columnTargets.add(table + "." + rename.to())) {
                throw usage(rename.table() + "." + rename.from() + "=" + rename.to(),
                        "another hint renames a column to " + table + "." + rename.to() + " too");
            }
        }
    }

    /** {@code a=b} is a table, {@code s.t.a=b} a column; {@code x.y=b} waits until the tables are known. */
    private void classify(String key, String value, Map<String, String> twoPart) {
        String[] parts = key.split("\\.", -1);
        if (parts.length == 1) {
            tables.add(tableRename(QualifiedName.of(parts[0]), value, key));
        } else if (parts.length == 2) {
            twoPart.put(key, value);
        } else if (parts.length == 3) {
            columns.add(new ColumnRename(new QualifiedName(parts[0], parts[1]), parts[2], value));
        } else {
            throw usage(key, value, "too many dots");
        }
    }

    /** {@code x.y} is column y of table x when that column exists, else table y of schema x. */
    private void classifyTwoPart(String key, String value, Map<QualifiedName, Table> database) {
        String[] parts = key.split("\\.");
        QualifiedName asTable = new QualifiedName(parts[0], parts[1]);
        boolean column = hasColumn(database, currentName(QualifiedName.of(parts[0])), parts[1]);
        if (!column && database.containsKey(asTable)) {
            tables.add(tableRename(asTable, value, key));
        } else {
            columns.add(new ColumnRename(QualifiedName.of(parts[0]), parts[1], value));
        }
    }

    private static TableRename tableRename(QualifiedName from, String to, String key) {
        if (to.contains(".")) {
            throw usage(key, to, "a rename keeps the table in its schema, so give the new name without one");
        }
        return new TableRename(from, new QualifiedName(from.schema(), to));
    }

    private void checkTable(TableRename rename, Map<QualifiedName, Table> database, Map<QualifiedName, Table> model) {
        String hint = rename.from() + "=" + rename.to().name();
        if (!database.containsKey(rename.from())) {
            throw usage(hint, "table " + rename.from() + " is not in the database");
        }
        if (!model.containsKey(rename.to())) {
            throw usage(hint, "table " + rename.to() + " is not in the model");
        }
        if (database.containsKey(rename.to())) {
            throw usage(hint, "table " + rename.to() + " already exists in the database");
        }
    }

    /** A column hint may name its table by the old or the new name when the table is renamed too. */
    private void checkColumn(ColumnRename rename, Map<QualifiedName, Table> database, Map<QualifiedName, Table> model) {
        String hint = rename.table() + "." + rename.from() + "=" + rename.to();
        QualifiedName current = currentName(rename.table());
        QualifiedName wanted = newName(current);
        if (!hasColumn(database, current, rename.from())) {
            throw usage(hint, "column " + rename.from() + " is not in table " + current + " of the database");
        }
        if (!hasColumn(model, wanted, rename.to())) {
            throw usage(hint, "column " + rename.to() + " is not in table " + wanted + " of the model");
        }
        if (hasColumn(database, current, rename.to())) {
            throw usage(hint, "column " + rename.to() + " already exists in table " + current);
        }
    }

    /** The database with the renames applied, as PostgreSQL would show it after running them. */
    Map<QualifiedName, Table> apply(Map<QualifiedName, Table> database) {
        Map<QualifiedName, Table> renamed = new TreeMap<>(database);
        for (TableRename rename : tables) {
            Table table = renamed.remove(rename.from());
            renamed.put(rename.to(), table.withName(rename.to()));
            renamed.replaceAll((name, t) -> SchemaEdits.renameReferencedTable(t, rename.from(), rename.to()));
        }
        for (ColumnRename rename : columns) {
            QualifiedName table = newName(currentName(rename.table()));
            renamed.put(table, SchemaEdits.renameColumn(renamed.get(table), rename.from(), rename.to()));
            renamed.replaceAll((name, t) -> SchemaEdits.renameReferencedColumn(t, table, rename.from(), rename.to()));
        }
        return renamed;
    }

    /**
     * The Citus placements with the renames applied: a renamed table keeps its placement (Citus
     * follows {@code ALTER TABLE ... RENAME}), and so does a renamed distribution column.
     */
    Map<QualifiedName, Distribution> applyToPlacements(Map<QualifiedName, Distribution> placements) {
        Map<QualifiedName, Distribution> renamed = new TreeMap<>(placements);
        for (TableRename rename : tables) {
            Distribution placement = renamed.remove(rename.from());
            if (placement != null) {
                renamed.put(rename.to(), placement);
            }
        }
        for (ColumnRename rename : columns) {
            QualifiedName table = newName(currentName(rename.table()));
            Distribution placement = renamed.get(table);
            if (placement != null && rename.from().equals(placement.column())) {
                renamed.put(table, new Distribution(placement.kind(), rename.to(), placement.colocateWith(),
                        placement.colocationId()));
            }
        }
        return renamed;
    }

    /** The operations that perform the renames; table renames first, so column renames use new names. */
    void addOperations(PlanBuilder plan) {
        for (TableRename rename : tables) {
            plan.add(Phase.RENAME_TABLE, rename.from(), 0, new RenameTable(rename.from(), rename.to()));
        }
        for (ColumnRename rename : columns) {
            QualifiedName table = newName(currentName(rename.table()));
            plan.add(Phase.RENAME_COLUMN, table, 0, rename.from(), new RenameColumn(table, rename.from(), rename.to()));
        }
    }

    private QualifiedName currentName(QualifiedName named) {
        return tables.stream().filter(t -> t.to().equals(named)).map(TableRename::from).findFirst().orElse(named);
    }

    private QualifiedName newName(QualifiedName current) {
        return tables.stream().filter(t -> t.from().equals(current)).map(TableRename::to).findFirst().orElse(current);
    }

    private static boolean hasColumn(Map<QualifiedName, Table> tables, QualifiedName table, String column) {
        Table found = tables.get(table);
        return found != null && found.column(column).isPresent();
    }

    private static WsMigrateException usage(String key, String value, String problem) {
        return usage(key + "=" + value, problem);
    }

    private static WsMigrateException usage(String hint, String problem) {
        return new WsMigrateException(ExitCode.USAGE, "rename hint '" + hint + "': " + problem + "; " + FORMS);
    }
}

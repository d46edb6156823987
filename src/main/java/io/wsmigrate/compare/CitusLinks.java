package io.wsmigrate.compare;

import io.wsmigrate.ops.DistributionOperation.SetDistribution;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tables a step makes Citus rebuild. A foreign key between local tables linked, through
 * foreign keys, to a reference table turns all those local tables into Citus local tables when it is
 * added (and back when it goes, if nothing links them any more); undistributing or redistributing a
 * table rebuilds it. Foreign keys are added after the placements, so the model's placements and
 * keys judge an added key; they are dropped before, so the database's judge a dropped one.
 */
record CitusLinks(Graph database, Graph model) {

    static CitusLinks of(Collection<Table> databaseTables, Map<QualifiedName, Distribution> databasePlacements,
                         Collection<Table> modelTables, Map<QualifiedName, Distribution> modelPlacements) {
        return new CitusLinks(Graph.of(databaseTables, databasePlacements), Graph.of(modelTables, modelPlacements));
    }

    /** Whether Citus places anything on either side: otherwise no step rebuilds a table. */
    boolean usesCitus() {
        return !database.placements().isEmpty() || !model.placements().isEmpty();
    }

    /** The tables {@code op} makes Citus rebuild, in name order. */
    Set<QualifiedName> rebuilt(Operation op) {
        if (op instanceof AddForeignKey add) {
            return model.citusLocal(add.table(), add.foreignKey().referencedTable());
        }
        if (op instanceof DropForeignKey drop) {
            return database.citusLocal(drop.table(), drop.foreignKey().referencedTable());
        }
        if (op instanceof SetDistribution set && !set.withTable() && set.refusal().isEmpty()) {
            // from local: its reverse in the downgrade undistributes the table
            return Set.of(set.table());
        }
        return Set.of();
    }

    /** Tables, placements and the undirected foreign-key links between tables. */
    record Graph(Map<QualifiedName, Distribution> placements, Map<QualifiedName, Set<QualifiedName>> links) {
        static Graph of(Collection<Table> tables, Map<QualifiedName, Distribution> placements) {
            Map<QualifiedName, Set<QualifiedName>> links = new HashMap<>();
            for (Table table : tables) {
                for (ForeignKey key : table.foreignKeys()) {
                    links.computeIfAbsent(table.name(), t -> new HashSet<>()).add(key.referencedTable());
                    links.computeIfAbsent(key.referencedTable(), t -> new HashSet<>()).add(table.name());
                }
            }
            return new Graph(Map.copyOf(placements), links);
        }

        private boolean isLocal(QualifiedName table) {
            return placements.getOrDefault(table, Distribution.LOCAL).isLocal();
        }

        /**
         * The local tables linked to {@code a} or {@code b} through local tables, when one of them is
         * linked to a reference table: those Citus keeps as Citus local tables; empty otherwise.
         */
        Set<QualifiedName> citusLocal(QualifiedName a, QualifiedName b) {
            Set<QualifiedName> local = new TreeSet<>();
            boolean toReference = false;
            Deque<QualifiedName> next = new ArrayDeque<>(List.of(a, b));
            while (!next.isEmpty()) {
                QualifiedName table = next.pop();
                if (!isLocal(table)) {
                    toReference |= placements.get(table).kind() == Distribution.Kind.REFERENCE;
                    continue;
                }
                if (local.add(table)) {
                    next.addAll(links.getOrDefault(table, Set.of()));
                }
            }
            return toReference ? local : Set.of();
        }
    }
}

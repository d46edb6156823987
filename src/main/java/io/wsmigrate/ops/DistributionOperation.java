package io.wsmigrate.ops;

import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Where a table lives on a Citus cluster: distributed by a column, a reference table, or local. */
public sealed interface DistributionOperation extends Operation {
    /** One method per kind of this operation: a new kind does not compile until every visitor handles it. */
    interface Visitor<R> {
        R setDistribution(SetDistribution operation);

        R restoreComments(RestoreComments operation);
    }

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R accept(Operation.Visitor<R> visitor) {
        return visitor.distribution(this);
    }

    /**
     * Moves {@code table} from the placement {@code from} to {@code to}. {@code withTable} says the
     * table is created just before (or dropped just after) in the same list: making it local again
     * then needs nothing, since dropping a distributed table drops its shards. {@code identityColumns}
     * are the table's identity columns, which Citus cannot carry through {@code undistribute_table}
     * or {@code alter_distributed_table}: such a step cannot run, see {@link #refusal()}.
     */
    record SetDistribution(QualifiedName table, Distribution from, Distribution to, List<String> identityColumns,
                           boolean withTable) implements DistributionOperation {
        public SetDistribution {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            identityColumns = List.copyOf(identityColumns == null ? List.of() : identityColumns);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setDistribution(this);
        }

        @Override
        public Operation reverse() {
            return new SetDistribution(table, to, from, identityColumns, withTable);
        }

        @Override
        public QualifiedName target() {
            return table;
        }

        /** Whether this step runs nothing: the table goes away right after and its shards with it. */
        public boolean isImplicit() {
            return withTable && to.isLocal();
        }

        /**
         * Why Citus refuses this step, when it does: it rebuilds an existing table (undistributing it,
         * or changing how it is distributed) and the table has identity columns.
         */
        public Optional<String> refusal() {
            if (isImplicit() || from.isLocal() || identityColumns.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("Citus cannot " + (to.isLocal() ? "undistribute" : "redistribute") + " table " + table
                    + ": it refuses undistribute_table and alter_distributed_table on a table with an identity column ("
                    + String.join(", ", identityColumns) + "); this step cannot be undone by a revision");
        }

        @Override
        public String describe() {
            if (to.isLocal()) {
                return "undistribute table " + table + (withTable ? " (its shards go with the table)" : "");
            }
            String placement = to.kind() == Distribution.Kind.REFERENCE ? "make " + table + " a reference table"
                    : "distribute table " + table + " " + to.describe().substring("distributed ".length());
            return from.isLocal() ? placement : placement + " (was " + from.describe() + ")";
        }

        @Override
        public Optional<String> review() {
            if (refusal().isPresent()) {
                return refusal();
            }
            if (from.isLocal() && !withTable && !identityColumns.isEmpty()) {
                return Optional.of("cannot be undone: Citus refuses undistribute_table on a table with an identity"
                        + " column (" + String.join(", ", identityColumns) + "), so the downgrade stops with an error");
            }
            if (!from.isLocal() && !isImplicit()) {
                return Optional.of("rebuilds table " + table + ": Citus copies every row into a new table and holds"
                        + " an exclusive lock while it does");
            }
            if (from.isLocal() && !withTable) {
                return Optional.of("copies every row of " + table + " to the workers under a lock that blocks writes");
            }
            return Optional.empty();
        }
    }

    /**
     * Sets the comments of {@code table} again after a step Citus carries out by rebuilding the table
     * (turning it into a Citus local table when a foreign key links it to a reference table, back when
     * that key goes, {@code undistribute_table}, {@code alter_distributed_table}): the rebuilt table has
     * none. {@code runs} says whether the step runs in this direction; its reverse flips it, so a pair
     * (one that does not run before the rebuilding step, one that runs after it) re-sets the comments
     * after the step in the upgrade and after its reverse in the downgrade. {@code columnComments} maps
     * column names to their comments.
     */
    record RestoreComments(QualifiedName table, String tableComment, Map<String, String> columnComments,
                           boolean runs) implements DistributionOperation {
        public RestoreComments {
            Objects.requireNonNull(table, "table");
            columnComments = Collections.unmodifiableSortedMap(
                    new TreeMap<>(columnComments == null ? Map.of() : columnComments));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.restoreComments(this);
        }

        @Override
        public Operation reverse() {
            return new RestoreComments(table, tableComment, columnComments, !runs);
        }

        @Override
        public QualifiedName target() {
            return table;
        }

        @Override
        public String describe() {
            return (runs ? "" : "(in the downgrade) ") + "set the comments of " + table
                    + " again, which Citus drops when it rebuilds the table";
        }
    }
}

package io.wsmigrate.lint;

import io.wsmigrate.lint.CitusDdl.Distribute;
import io.wsmigrate.lint.CitusDdl.ForeignKey;
import io.wsmigrate.lint.CitusDdl.Identity;
import io.wsmigrate.lint.CitusDdl.Key;
import io.wsmigrate.lint.CitusDdl.Reference;
import io.wsmigrate.lint.CitusDdl.TypeChange;
import io.wsmigrate.lint.CitusDdl.Undistribute;
import io.wsmigrate.lint.CitusDdl.VolatileUpdate;
import io.wsmigrate.lint.Distribution.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lint for a schema spread over a Citus cluster: keys without the distribution column, type
 * changes of a distribution column, foreign keys Citus refuses or does not enforce, identity
 * columns that keep a distribution from being undone, and volatile functions in an UPDATE. It knows
 * which tables are distributed from {@code known} (the settings, a coordinator's metadata) and from
 * the revisions' own distribution calls: keys, foreign keys and identity columns are judged by where
 * each table ends up, since Citus refuses to distribute a table that has them; a type change by where
 * the table is when it runs. With nothing distributed anywhere it finds nothing.
 */
public final class CitusLinter {
    private final Distribution known;

    public CitusLinter(Distribution known) {
        this.known = known;
    }

    /** The findings of the revisions in {@code reported}; {@code history} as {@link Linter#lint} takes it. */
    public List<Finding> lint(List<RevisionSql> history, Set<String> reported) {
        Distribution planned = known;
        for (RevisionSql revision : history) {
            for (RevisionSql.Entry entry : revision.entries()) {
                for (String sql : entry.statements()) {
                    for (CitusDdl ddl : CitusDdlParser.parse(sql)) {
                        planned = apply(planned, ddl);
                    }
                }
            }
        }
        if (planned.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Distribution now = known;
        for (RevisionSql revision : history) {
            for (RevisionSql.Entry entry : revision.entries()) {
                for (String sql : entry.statements()) {
                    for (CitusDdl ddl : CitusDdlParser.parse(sql)) {
                        Optional<Problem> problem = check(ddl, planned, now);
                        if (problem.isPresent() && reported.contains(revision.id())) {
                            findings.add(problem.get().at(revision, entry, sql));
                        }
                        now = apply(now, ddl);
                    }
                }
            }
        }
        return findings;
    }

    private static Distribution apply(Distribution distribution, CitusDdl ddl) {
        if (ddl instanceof Distribute d) {
            return distribution.with(d.table(), Placement.distributed(d.column(), d.colocateWith()));
        }
        if (ddl instanceof Reference r) {
            return distribution.with(r.table(), Placement.referenceTable());
        }
        return ddl instanceof Undistribute u ? distribution.without(u.table()) : distribution;
    }

    private static Optional<Problem> check(CitusDdl ddl, Distribution planned, Distribution now) {
        Optional<Placement> placement = planned.of(ddl.table());
        if (ddl instanceof Key key) {
            return placement.filter(p -> p.isDistributed() && !key.columns().contains(p.column())).map(p ->
                    new Problem(Rule.CITUS_KEY_WITHOUT_DISTRIBUTION_COLUMN, "the " + key.kind() + " (" + String.join(", ", key.columns())
                            + ") of " + key.table() + " lacks its distribution column " + p.column() + ": Citus"
                            + " enforces keys shard by shard, so it refuses it", "include " + p.column() + " in the "
                            + key.kind() + " (" + p.column() + ", " + String.join(", ", key.columns())
                            + "), or make " + key.table() + " a reference table"));
        }
        if (ddl instanceof TypeChange change) {
            return now.of(change.table()).filter(p -> p.isDistributed() && p.column().equals(change.column())).map(p ->
                    new Problem(Rule.CITUS_DISTRIBUTION_COLUMN_TYPE, "changing the type of " + change.table() + "."
                            + change.column() + ", its distribution column, is refused by Citus (the rows' shards"
                            + " follow the value's hash)", Rule.CITUS_DISTRIBUTION_COLUMN_TYPE.instead()));
        }
        if (ddl instanceof Identity identity) {
            return placement.map(p -> new Problem(Rule.CITUS_IDENTITY_COLUMN, identity.table() + "."
                    + identity.column() + " is an identity column, and " + identity.table() + " is " + p.describe()
                    + ": undistribute_table refuses"
                    + " tables with identity columns, so no downgrade can undo the distribution",
                    "make " + identity.column() + " " + Rule.CITUS_IDENTITY_COLUMN.instead()));
        }
        if (ddl instanceof VolatileUpdate update) {
            return placement.map(p -> new Problem(Rule.CITUS_VOLATILE_UPDATE, "the UPDATE of " + update.table() + " ("
                    + p.describe() + ") calls the volatile " + update.function() + "(), which Citus refuses in"
                    + " UPDATE queries on distributed tables", Rule.CITUS_VOLATILE_UPDATE.instead()));
        }
        return ddl instanceof ForeignKey key ? ForeignKeyCheck.check(key, planned) : Optional.empty();
    }

    /** A rule broken, why, and what to do instead; placed in a revision by {@link #at}. */
    record Problem(Rule rule, String reason, String instead) {
        Finding at(RevisionSql revision, RevisionSql.Entry entry, String sql) {
            String line = sql.replaceAll("\\s+", " ").trim();
            return new Finding(revision.file(), revision.id(), entry.number(), entry.change(),
                    line.length() <= 200 ? line : line.substring(0, 200) + "...", rule.level(), rule.id(), reason,
                    instead);
        }
    }
}

package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The validated revision graph (Alembic's {@code RevisionMap}): queries, target resolution,
 * upgrade/downgrade plans, version-table bookkeeping and history ranges. Immutable and thread-safe.
 *
 * <p>"Current heads" are the rows of the version table: the heads of what is applied. Everything
 * below them through down_revisions and depends_on counts as applied. Sets returned here iterate
 * in id order; lists of revisions are in topological order.
 */
public final class RevisionMap {
    private final Graph graph;
    private final TargetResolver resolver;
    private final Planner planner;
    private final Bookkeeping bookkeeping;
    private final HistoryRange history;

    private RevisionMap(Graph graph) {
        this.graph = graph;
        this.resolver = new TargetResolver(graph);
        this.planner = new Planner(graph, resolver);
        this.bookkeeping = new Bookkeeping(graph);
        this.history = new HistoryRange(graph, resolver);
    }

    /** Validates and indexes; fails on duplicate ids or labels, dangling links and cycles. */
    public static RevisionMap of(Collection<Revision> revisions) {
        return new RevisionMap(GraphBuilder.build(revisions));
    }

    public Optional<Revision> get(String id) {
        return Optional.ofNullable(graph.revision(id));
    }

    public int size() {
        return graph.size();
    }

    /** Every revision, parents and dependencies before their dependents, ties broken by id. */
    public List<Revision> all() {
        return List.copyOf(graph.inOrder());
    }

    /** Revisions that no revision names as down_revision (Alembic counts dependency-only heads too). */
    public Set<String> heads() {
        return Ids.sorted(graph.heads());
    }

    /** Revisions without a down_revision. */
    public Set<String> bases() {
        return Ids.sorted(graph.bases());
    }

    /** True when two or more revisions name this one as down_revision. */
    public boolean isBranchPoint(String id) {
        return graph.children(known(id)).size() > 1;
    }

    /** The revisions naming this one as down_revision, in id order. */
    public List<String> children(String id) {
        return graph.children(known(id));
    }

    public List<Revision> branchPoints() {
        return graph.inOrder().stream().filter(revision -> graph.children(revision.id()).size() > 1).toList();
    }

    /** The given revisions and everything below them through down_revisions and depends_on. */
    public Set<String> ancestors(Set<String> ids) {
        return Ids.sorted(graph.ancestors(known(ids)));
    }

    /**
     * Everything strictly below {@code ids} through down_revisions and depends_on, in no order: one
     * walk, for the check of the version table that runs before every command that connects.
     */
    public Set<String> strictlyBelow(Set<String> ids) {
        return graph.strictlyBelow(known(ids));
    }

    /** The given revisions and everything above them through down_revisions and depends_on. */
    public Set<String> descendants(Set<String> ids) {
        return Ids.sorted(graph.descendants(known(ids)));
    }

    /** The heads of everything at or below {@code ids}: what the version table holds for that state. */
    public Set<String> headsOf(Set<String> ids) {
        return Ids.sorted(bookkeeping.headsOf(known(ids)));
    }

    /** True when every revision is applied: nothing is left for {@code upgrade heads} to do. */
    public boolean isAtHeads(Set<String> currentHeads) {
        return graph.ancestors(current(currentHeads)).size() == graph.size();
    }

    /** What a target means, as revision ids; the empty set is base. See {@link TargetResolver}. */
    public Set<String> resolve(String target, Set<String> currentHeads) {
        return resolver.resolve(target, current(currentHeads));
    }

    public List<Step> upgradePlan(Set<String> currentHeads, String target) {
        return planner.upgrade(current(currentHeads), target);
    }

    public List<Step> downgradePlan(Set<String> currentHeads, String target) {
        return planner.downgrade(current(currentHeads), target);
    }

    /** The version-table rows to delete and insert when {@code step} runs on top of {@code headsBefore}. */
    public VersionTableChange change(Set<String> headsBefore, Step step) {
        return bookkeeping.change(current(headsBefore), Objects.requireNonNull(step, "step"));
    }

    /**
     * The rows after {@code stamp}: the targets replace every current head they are related to
     * (above or below); other branches keep their heads unless {@code purge}. Stamping no targets
     * (base) empties the table. With purge, unknown current rows are ignored.
     */
    public Set<String> headsAfterStamp(Set<String> currentHeads, Set<String> targets, boolean purge) {
        Set<String> rows = purge ? Set.copyOf(currentHeads) : current(currentHeads);
        return Ids.sorted(bookkeeping.afterStamp(rows, known(targets), purge));
    }

    /** {@code history -r START:END}, newest first. */
    public List<Revision> range(String spec, Set<String> currentHeads) {
        return history.revisions(spec, current(currentHeads));
    }

    /** The indexed graph, for this package's renderers ({@link GraphText}, {@link GraphExport}). */
    Graph graph() {
        return graph;
    }

    private String known(String id) {
        if (!graph.contains(id)) {
            throw new RevisionException(Kind.UNKNOWN_REVISION, "no revision " + id
                    + "; `ws-migrate history` lists revisions");
        }
        return id;
    }

    private Set<String> known(Set<String> ids) {
        ids.forEach(this::known);
        return Set.copyOf(ids);
    }

    /** Version rows naming a revision no file declares can't be planned from; say how to recover. */
    Set<String> current(Set<String> rows) {
        for (String row : rows) {
            if (!graph.contains(row)) {
                throw new RevisionException(Kind.UNKNOWN_REVISION, "the version table names revision " + row
                        + ", which no revision file declares; restore that file, or run `ws-migrate stamp --purge <revision>`");
            }
        }
        return Set.copyOf(rows);
    }
}

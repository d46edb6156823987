package io.wsmigrate.runtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the version table says: the applied revisions and which of them are heads. */
public record VersionState(List<AppliedRevision> rows) {
    public static final VersionState EMPTY = new VersionState(List.of());

    public VersionState {
        rows = List.copyOf(rows);
    }

    public Set<String> heads() {
        Set<String> heads = new LinkedHashSet<>();
        rows.stream().filter(AppliedRevision::head).forEach(r -> heads.add(r.revision()));
        return heads;
    }

    public Set<String> applied() {
        Set<String> applied = new LinkedHashSet<>();
        rows.forEach(r -> applied.add(r.revision()));
        return applied;
    }

    public Optional<AppliedRevision> row(String revision) {
        return rows.stream().filter(r -> r.revision().equals(revision)).findFirst();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}

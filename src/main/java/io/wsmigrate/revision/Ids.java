package io.wsmigrate.revision;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Small helpers for sets of revision ids: deterministic (sorted) results and message text. */
final class Ids {
    private Ids() {
    }

    /** An unmodifiable set iterating in id order, so results and messages are deterministic. */
    static Set<String> sorted(Collection<String> ids) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }

    /** "a1b2, c3d4" in id order, or "(none)" for an empty collection. */
    static String join(Collection<String> ids) {
        return ids.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(ids));
    }
}

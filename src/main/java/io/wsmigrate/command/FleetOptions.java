package io.wsmigrate.command;

import java.util.List;

/**
 * Which targets a fleet command acts on and how: {@code patterns} are {@code --target} names or
 * globs (empty: every target), {@code jobs} how many run at once (null: the settings' targets.jobs,
 * else {@link #DEFAULT_JOBS}), {@code keepGoing} whether targets still start after one failed.
 */
public record FleetOptions(List<String> patterns, Integer jobs, boolean keepGoing) {
    /** A few connections: enough to overlap round trips, few enough not to crowd a production server. */
    public static final int DEFAULT_JOBS = 4;

    public FleetOptions {
        patterns = List.copyOf(patterns == null ? List.of() : patterns);
    }

    public static FleetOptions all() {
        return new FleetOptions(List.of(), null, false);
    }
}

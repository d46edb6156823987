package io.wsmigrate.cli;

import io.wsmigrate.command.FleetReport;
import io.wsmigrate.command.TargetResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code history --all-targets}: which targets are at each revision, from a fleet's {@code current}
 * report. A few targets are named; more are counted, so a line stays a line on a fleet of thousands.
 */
final class FleetMarks {
    /** The kind of the report's row of the shared schemas' part. */
    private static final String SHARED = "shared";
    /** Up to this many targets are named on a history line; more are counted. */
    private static final int NAMED = 3;
    private final Map<String, List<String>> byRevision = new LinkedHashMap<>();
    private final List<String> atBase = new ArrayList<>();
    private final List<TargetResult> unread = new ArrayList<>();
    /** The revisions the shared schemas' part is at: marked apart from the tenants, not counted as one. */
    private final Set<String> shared = new HashSet<>();

    FleetMarks(FleetReport current) {
        for (TargetResult target : current.targets()) {
            if (target.status() == TargetResult.Status.FAILED || target.to() == null) {
                unread.add(target);
            } else if (target.kind().equals(SHARED)) {
                shared.addAll(target.to());
            } else if (target.to().isEmpty()) {
                atBase.add(target.target());
            } else {
                target.to().forEach(id -> byRevision.computeIfAbsent(id, k -> new ArrayList<>()).add(target.target()));
            }
        }
    }

    /** Every revision some target (or the shared part) is at: what {@code (current)} marks. */
    Set<String> revisions() {
        Set<String> all = new HashSet<>(byRevision.keySet());
        all.addAll(shared);
        return all;
    }

    /** The targets at {@code revision}, in the settings' order. */
    List<String> targetsAt(String revision) {
        return byRevision.getOrDefault(revision, List.of());
    }

    /**
     * {@code  (at tenant_a, tenant_b)} or {@code  (at 12 targets)}, with {@code ; shared schemas}
     * when the shared part is at it too; empty when nothing is at it.
     */
    String marker(String revision) {
        List<String> targets = targetsAt(revision);
        if (!shared.contains(revision)) {
            return describe(targets);
        }
        String tenants = describe(targets);
        return tenants.isEmpty() ? " (at the shared schemas)"
                : tenants.substring(0, tenants.length() - 1) + "; shared schemas)";
    }

    /** Whether the shared schemas' part is at {@code revision}. */
    boolean sharedAt(String revision) {
        return shared.contains(revision);
    }

    /** The line for the targets with no revision applied; null when there are none. */
    String baseLine() {
        return atBase.isEmpty() ? null : "<base>" + describe(atBase);
    }

    /** The targets whose version table could not be read, with their one-line errors. */
    List<TargetResult> unread() {
        return unread;
    }

    private static String describe(List<String> targets) {
        if (targets.isEmpty()) {
            return "";
        }
        return " (at " + (targets.size() <= NAMED ? String.join(", ", targets) : targets.size() + " targets") + ")";
    }
}

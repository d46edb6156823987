package io.wsmigrate.command;

import io.wsmigrate.command.MigrationCommands.Current;
import io.wsmigrate.lint.Finding;
import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.AppliedRevision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The result records as {@code --format json} prints them, one method per result, written by
 * {@link JsonWriter}. The shapes are a contract with the scripts that read them (docs/reference.md):
 * a field is added, never renamed or removed.
 */
public final class ResultJson {
    private ResultJson() {
    }

    /** {@code heads} and {@code history}: one object per revision; {@code current} marks those the database is at. */
    public static String revisions(List<Revision> revisions, RevisionMap graph, Set<String> current) {
        return JsonWriter.write(revisions.stream().map(r -> revision(r, graph, current)).toList());
    }

    /**
     * {@code history} over a fleet: each revision also lists the targets at it, and says whether
     * the shared schemas' part is at it.
     */
    public static String revisions(List<Revision> revisions, RevisionMap graph, Set<String> current,
                                   Function<String, List<String>> targetsAt, Predicate<String> sharedAt) {
        return JsonWriter.write(revisions.stream().map(r -> {
            Map<String, Object> out = revision(r, graph, current);
            out.put("targets", targetsAt.apply(r.id()));
            out.put("shared_schemas", sharedAt.test(r.id()));
            return out;
        }).toList());
    }

    private static Map<String, Object> revision(Revision r, RevisionMap graph, Set<String> current) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("revision", r.id());
        out.put("down_revisions", r.downRevisions());
        out.put("branch_labels", r.branchLabels());
        out.put("depends_on", r.dependsOn());
        out.put("message", r.message());
        out.put("head", graph.heads().contains(r.id()));
        out.put("current", current != null && current.contains(r.id()));
        out.put("path", r.source());
        return out;
    }

    /** {@code current}: where the database is, the scripts' heads, and its version-table rows. */
    public static String current(Current current) {
        List<Object> rows = new ArrayList<>();
        for (AppliedRevision row : current.state().rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("revision", row.revision());
            r.put("head", row.head());
            r.put("applied_at", row.appliedAt() == null ? null : row.appliedAt().toString());
            r.put("stamped", row.stamped());
            rows.add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("current", List.copyOf(current.state().heads()));
        out.put("heads", List.copyOf(current.scriptHeads()));
        out.put("at_head", current.atHead());
        out.put("applied", rows);
        out.put("warnings", current.warnings());
        return JsonWriter.write(out);
    }

    /** {@code lint}: how many revisions were checked, and each finding. */
    public static String lint(LintCommands.Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("revisions", report.revisions());
        out.put("findings", report.findings().stream().map(ResultJson::finding).toList());
        return JsonWriter.write(out);
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", f.file());
        map.put("revision", f.revision());
        map.put("entry", f.entry());
        map.put("change", f.change());
        map.put("level", f.level().label());
        map.put("rule", f.rule());
        map.put("reason", f.reason());
        map.put("instead", f.instead());
        map.put("statement", f.statement());
        return map;
    }

    /** A fleet command's report: the run, the count per status, and each target. */
    public static String fleet(FleetReport report) {
        List<Object> targets = new ArrayList<>();
        for (TargetResult t : report.targets()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("target", t.target());
            row.put("kind", t.kind());
            row.put("status", t.status().name().toLowerCase(Locale.ROOT));
            row.put("from", t.from() == null ? null : t.from().stream().sorted().toList());
            row.put("to", t.to() == null ? null : t.to().stream().sorted().toList());
            row.put("millis", t.millis());
            row.put("error", t.error());
            targets.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", report.command());
        out.put("goal", report.goal());
        out.put("succeeded", report.succeeded());
        out.put("millis", report.millis());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (TargetResult.Status status : TargetResult.Status.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), report.count(status));
        }
        out.put("counts", counts);
        out.put("targets", targets);
        return JsonWriter.write(out);
    }
}

package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.liquibase.ChangeEntry;
import io.wsmigrate.liquibase.ChangeSql;
import io.wsmigrate.lint.CitusLinter;
import io.wsmigrate.lint.Distribution;
import io.wsmigrate.lint.Finding;
import io.wsmigrate.lint.Linter;
import io.wsmigrate.lint.RevisionSql;
import io.wsmigrate.lint.Rule;
import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.script.RevisionScript;
import io.wsmigrate.script.ScriptLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code lint}: unsafe operations in the package's revisions, found without a database. */
public final class LintCommands {
    private final Project project;

    public LintCommands(Project project) {
        this.project = project;
    }

    /** What {@code lint} reports: how many revisions it checked, and what it found in them. */
    public record Report(int revisions, List<Finding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Lints every revision ({@code target} null), a range {@code START:END} as {@code history -r}
     * takes it, or the revisions a target names ({@code head}, an id or prefix, {@code label@head}).
     * Rules in {@code ignored} (by id) are left out; an id that names no rule is refused. The Citus
     * rules know the distribution from the settings, the revisions, and with {@code connect} the
     * configured database's Citus metadata.
     */
    public Report lint(String target, Set<String> ignored) {
        return lint(target, ignored, false);
    }

    /** As {@link #lint(String, Set)}; {@code connect} also reads which tables are distributed from the database. */
    public Report lint(String target, Set<String> ignored, boolean connect) {
        List<String> rules = Arrays.stream(Rule.values()).map(Rule::id).toList();
        for (String rule : ignored) {
            if (!rules.contains(rule)) {
                throw new WsMigrateException(ExitCode.USAGE, "--ignore " + rule + ": no such rule; the rules are "
                        + String.join(", ", rules));
            }
        }
        RevisionMap map = project.revisions();
        Set<String> selected = selected(map, target);
        Set<String> history = map.ancestors(selected);
        ChangeSql changeSql = (project.scriptLocation() instanceof ScriptLocation.Folder folder
                ? new ChangeSql(folder.path(), project::classpath) : new ChangeSql()).inEnvironment(project.environment());
        List<RevisionSql> revisions = new ArrayList<>();
        for (Revision revision : map.all()) {
            if (history.contains(revision.id())) {
                revisions.add(compile(project.scripts().load(revision.id()), changeSql));
            }
        }
        List<Finding> all = new ArrayList<>(new Linter(ChangeSql::statementRequiresNoTransaction,
                ChangeSql::transactionControl).lint(revisions, selected));
        Distribution known = LintDistribution.of(CitusPlacements.fromSettings(project.settings().migrations().citus()));
        if (connect) {
            known = known.orElse(LintDistribution.of(CatalogIntrospector.distributions(project.connection())));
        }
        all.addAll(new CitusLinter(known).lint(revisions, selected));
        List<Finding> findings = all.stream().filter(finding -> !ignored.contains(finding.rule())).toList();
        return new Report(selected.size(), findings);
    }

    private static Set<String> selected(RevisionMap map, String target) {
        if (target == null || target.isBlank()) {
            Set<String> all = new LinkedHashSet<>();
            map.all().forEach(revision -> all.add(revision.id()));
            return all;
        }
        if (target.contains(":")) {
            Set<String> range = new LinkedHashSet<>();
            map.range(target, Set.of()).forEach(revision -> range.add(revision.id()));
            return range;
        }
        return map.resolve(target, Set.of());
    }

    /** The SQL of each upgrade entry; a bad entry is reported as {@code upgrade} would report it. */
    private static RevisionSql compile(RevisionScript script, ChangeSql changeSql) {
        List<RevisionSql.Entry> entries = new ArrayList<>();
        List<Map<String, Object>> upgrade = script.upgrade();
        for (int i = 0; i < upgrade.size(); i++) {
            try {
                ChangeEntry entry = ChangeEntry.fromMap(upgrade.get(i));
                entries.add(new RevisionSql.Entry(i + 1, entry.type(), changeSql.sql(entry)));
            } catch (WsMigrateException e) {
                throw new WsMigrateException(e.exitCode(), script.path() + ": upgrade entry " + (i + 1) + ": "
                        + e.getMessage(), e);
            }
        }
        return new RevisionSql(script.id(), script.path(), script.transactional(), entries);
    }
}

package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.TargetsSettings;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.revision.Step;
import io.wsmigrate.runtime.FleetScript;
import io.wsmigrate.schema.Identifiers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code upgrade --sql} and {@code downgrade --sql} over a fleet: one {@code psql -f} script that
 * takes every selected target, in the order a live run starts them, from the range's FROM to its
 * TO. A schema target gets its schema, its {@code search_path} and its own version table; a
 * database target a {@code \connect} (no password: psql takes it from {@code PGPASSWORD} or
 * {@code ~/.pgpass}). Names are written as quoted identifiers or percent-escaped URIs, never raw.
 */
public final class FleetSql {
    /** What a host in a {@code \connect} URI may hold: nothing that could end the argument or the URI. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._\\-\\[\\]:,%]+");
    private final Project project;
    private final MigrationCommands migrations;

    public FleetSql(Project project) {
        this.project = project;
        this.migrations = new MigrationCommands(project);
    }

    /** The upgrade from FROM (default base) to TO on every target {@code options} selects. */
    public String upgrade(String range, FleetOptions options) {
        MigrationCommands.Range r = MigrationCommands.Range.parse(range, "base");
        RevisionMap map = project.revisions();
        Set<String> from = map.headsOf(map.resolve(requireRevision(r.from()), Set.of()));
        return render(map, from, map.upgradePlan(from, requireRevision(r.to())), options, true);
    }

    /** The downgrade over {@code FROM:TO} on every target {@code options} selects. */
    public String downgrade(String range, FleetOptions options) {
        if (!range.contains(":")) {
            throw new WsMigrateException(ExitCode.USAGE, "downgrade --sql needs a range FROM:TO, e.g. head:base,"
                    + " because there is no database to say where to start");
        }
        MigrationCommands.Range r = MigrationCommands.Range.parse(range, "head");
        RevisionMap map = project.revisions();
        Set<String> from = map.headsOf(map.resolve(requireRevision(r.from()), Set.of()));
        return render(map, from, map.downgradePlan(from, requireRevision(r.to())), options, false);
    }

    /** Each target may stand elsewhere: {@code current} names no one revision for the whole script. */
    private static String requireRevision(String side) {
        if (side.startsWith("current")) {
            throw new WsMigrateException(ExitCode.USAGE, "`current` in an --sql range over a fleet names no single"
                    + " revision (every target is where it is); give FROM as a revision id, e.g. base:head, or"
                    + " check where the targets are with `ws-migrate current --all-targets`");
        }
        return side;
    }

    private String render(RevisionMap map, Set<String> from, List<Step> steps, FleetOptions options, boolean upgrade) {
        List<FleetTarget> targets = new FleetResolver(project).resolve(options.patterns());
        boolean citus = !project.settings().migrations().citus().isEmpty();
        Optional<SharedSchemaPart> shared = SharedSchemaPart.of(project, migrations, map, targets, false);
        FleetScript script = new FleetScript(map, shared.map(SharedSchemaPart::tenantCompiler)
                .orElseGet(migrations::compiler), from, steps, citus);
        FleetScript whole = shared.isEmpty() ? script : new FleetScript(map, migrations.compiler(), from, steps, citus);
        StringBuilder out = new StringBuilder();
        out.append("-- ws-migrate: ").append(targets.size()).append(" target(s); run with psql -f, connected to the"
                + " configured database\n");
        // as a live run: the first failed target ends the run, unless --keep-going
        out.append(options.keepGoing() ? "-- --keep-going: a failed target is rolled back and the next one runs"
                + (shared.isPresent() ? "; a failed shared schemas' part ends the script" : "") + "\n"
                + "\\set ON_ERROR_STOP off\n\n" : "-- a failed target is rolled back and ends the script\n"
                + "\\set ON_ERROR_STOP on\n\n");
        if (upgrade && shared.isPresent()) {
            appendShared(out, map, from, steps, shared.get(), options.keepGoing());
        }
        boolean elsewhere = false;
        for (FleetTarget target : targets) {
            if (target instanceof FleetTarget.Schema schema) {
                List<String> session = new java.util.ArrayList<>();
                if (elsewhere) {
                    session.add(connectBack());
                    elsewhere = false;
                }
                session.add(schema.searchPathSql() + ";");
                script.append(out, target.name() + " (schema)", session,
                        List.of("CREATE SCHEMA IF NOT EXISTS " + Identifiers.alwaysQuote(schema.name())),
                        target.versionTable(project.versionTable()));
            } else if (target instanceof FleetTarget.Database database) {
                whole.append(out, target.name() + " (database)",
                        List.of(connect(database.database(), project.database().settings().user())), List.of(),
                        target.versionTable(project.versionTable()));
                elsewhere = true;
            }
        }
        if (!upgrade && shared.isPresent()) {
            if (elsewhere) {
                out.append(connectBack()).append('\n');
                elsewhere = false;
            }
            if (options.patterns().isEmpty()) {
                appendShared(out, map, from, steps, shared.get(), options.keepGoing());
            } else {
                out.append("-- the shared schemas stay: tenants not selected may still use them\n\n");
            }
        }
        if (elsewhere) {
            out.append("-- back to the configured database\n").append(connectBack()).append('\n');
        } else if (!targets.isEmpty()) {
            out.append("RESET search_path;\n");
        }
        return out.toString();
    }

    /**
     * The shared schemas' part of the steps, once, with its own version table (after the tenants on a
     * downgrade). A failure in it always ends the script, as it ends a live run: with
     * {@code keepGoing}, ON_ERROR_STOP is on for this part alone, so no tenant runs against shared
     * objects that are not there.
     */
    private void appendShared(StringBuilder out, RevisionMap map, Set<String> from, List<Step> steps,
                              SharedSchemaPart shared, boolean keepGoing) {
        List<String> schemas = project.settings().targets().sharedSchemas().stream()
                .map(s -> "CREATE SCHEMA IF NOT EXISTS " + Identifiers.alwaysQuote(s)).toList();
        if (keepGoing) {
            out.append("-- the shared schemas' part ends the script if it fails, even with --keep-going\n"
                    + "\\set ON_ERROR_STOP on\n");
        }
        new FleetScript(map, shared.sharedCompiler(), from, steps,
                !project.settings().migrations().citus().isEmpty()).append(out, shared.name() + " (shared schemas)",
                List.of("RESET search_path;"), schemas, shared.versionTable());
        if (keepGoing) {
            out.append("\\set ON_ERROR_STOP off\n\n");
        }
    }

    private String connectBack() {
        return connect(project.database().settings(), project.database().settings().user());
    }

    /**
     * psql's {@code \connect} to {@code database}'s server and database, and its user when it is not
     * {@code sessionUser}; the other parameters are kept from the session psql started with.
     */
    static String connect(DatabaseSettings database, String sessionUser) {
        String url = database.url();
        String rest = url.startsWith("jdbc:postgresql://") ? url.substring("jdbc:postgresql://".length()) : "";
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        if (!HOST.matcher(host).matches()) {
            throw new WsMigrateException(ExitCode.CONFIG, "the target URL " + TargetsSettings.databaseOf(url)
                    + " names no host psql can be pointed at; --sql over tenant databases needs"
                    + " jdbc:postgresql://host:port/database URLs");
        }
        String uri = "postgresql://" + host + "/" + escape(TargetsSettings.databaseOf(url))
                + (database.user() != null && !database.user().equals(sessionUser)
                ? "?user=" + escape(database.user()) : "");
        return "\\connect -reuse-previous=on '" + uri + "'";
    }

    /** Percent-escapes everything but letters, digits and {@code -._~}: no quote or backslash survives. */
    private static String escape(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}

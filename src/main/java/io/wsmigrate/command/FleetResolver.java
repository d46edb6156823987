package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.TargetsSettings;
import io.wsmigrate.db.DatabaseException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fleet a command acts on: the {@code targets} of the settings (their queries run on the
 * configured database), narrowed to the names {@code --target} gives (globs: {@code *}, {@code ?}).
 */
final class FleetResolver {
    private final Project project;

    FleetResolver(Project project) {
        this.project = project;
    }

    /** Every target, or those matching {@code patterns} (all when empty), in the settings' order. */
    List<FleetTarget> resolve(List<String> patterns) {
        TargetsSettings targets = project.settings().targets();
        if (targets.isEmpty()) {
            throw new WsMigrateException(ExitCode.CONFIG, project.settings().file() + ": no targets section; name"
                    + " the fleet under targets: (schemas: or databases:), see docs/fleets.md");
        }
        Map<String, FleetTarget> all = new LinkedHashMap<>();
        schemaNames(targets).forEach(name -> all.put(name, new FleetTarget.Schema(name, targets.sharedSchemas())));
        for (FleetTarget target : databases(targets)) {
            if (all.putIfAbsent(target.name(), target) != null) {
                throw new WsMigrateException(ExitCode.CONFIG, "two targets are named " + target.name()
                        + " (a schema and a database, or a query's row twice); give each its own name");
            }
        }
        return patterns.isEmpty() ? List.copyOf(all.values()) : select(all, patterns);
    }

    private static List<FleetTarget> select(Map<String, FleetTarget> all, List<String> patterns) {
        List<FleetTarget> chosen = new ArrayList<>();
        for (String pattern : patterns) {
            Pattern glob = glob(pattern);
            List<FleetTarget> matching = all.values().stream().filter(t -> glob.matcher(t.name()).matches()).toList();
            if (matching.isEmpty()) {
                throw new WsMigrateException(ExitCode.USAGE, "--target " + pattern + " matches no target of the"
                        + " settings (" + all.size() + " targets); list them with `ws-migrate current --all-targets`");
            }
            matching.stream().filter(t -> !chosen.contains(t)).forEach(chosen::add);
        }
        return chosen;
    }

    /** A shell glob: {@code *} any text, {@code ?} one character, everything else itself. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private List<String> schemaNames(TargetsSettings targets) {
        return targets.schemasQuery() == null ? targets.schemas() : query(targets.schemasQuery(), "targets.schemas");
    }

    private List<FleetTarget> databases(TargetsSettings targets) {
        DatabaseSettings base = project.database().settings();
        List<FleetTarget> result = new ArrayList<>();
        if (targets.databasesQuery() != null) {
            for (String row : query(targets.databasesQuery(), "targets.databases")) {
                String url = row.startsWith("jdbc:") ? row : withDatabase(base.url(), row);
                result.add(new FleetTarget.Database(row.startsWith("jdbc:") ? TargetsSettings.databaseOf(row) : row,
                        targets.queryCredentials().applyTo(base, url)));
            }
        }
        for (TargetsSettings.DatabaseTarget target : targets.databases()) {
            String url = target.url() != null ? target.url() : withDatabase(base.url(), target.database());
            result.add(new FleetTarget.Database(target.name(), target.credentials().applyTo(base, url)));
        }
        return result;
    }

    /** The first column of every row of {@code sql}, run on the configured database. */
    private List<String> query(String sql, String key) {
        List<String> names = new ArrayList<>();
        try (Statement s = project.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(ExitCode.CONFIG, project.settings().file() + ": the query of " + key
                    + " failed: " + DatabaseException.describe(e) + "; fix it in the settings", e);
        }
        return names;
    }

    /** {@code jdbc:postgresql://host:port/other?params} for {@code database} on the server of {@code url}. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String params = query < 0 ? "" : url.substring(query);
        String head = query < 0 ? url : url.substring(0, query);
        int hostStart = head.indexOf("//");
        int slash = head.indexOf('/', hostStart < 0 ? "jdbc:postgresql:".length() : hostStart + 2);
        String server = slash < 0 ? head : head.substring(0, slash);
        return server + "/" + java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + params;
    }
}

package io.wsmigrate.reliability;

import static io.wsmigrate.ExitCode.CONFIG;
import static io.wsmigrate.ExitCode.DATABASE;
import static io.wsmigrate.ExitCode.REVISION;
import static io.wsmigrate.reliability.BadInput.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Malformed settings files, and settings that point at a database that cannot be used. */
final class SettingsCases {
    private SettingsCases() {
    }

    static List<BadInput> all() {
        return List.of(
                settings("settings file missing").run("-c", "{root}/config/missing.yaml", "heads")
                        .fails(CONFIG, "missing.yaml not found"),
                settings("settings path is a directory").run("-c", "{root}/config", "heads")
                        .fails(CONFIG, "is a directory"),
                settings("unclosed flow map").settingsFile("database: {url: jdbc:postgresql://h/db",
                                "migrations: {package: a.b}").run("heads")
                        .fails(CONFIG, "app.yaml:2", "invalid YAML"),
                settings("duplicate key").settingsFile(with("  url: ${DB_URL}", "  url: other")).run("heads")
                        .fails(CONFIG, "app.yaml:3", "duplicate key 'url'"),
                settings("top level is a list").settingsFile("- database", "- migrations").run("heads")
                        .fails(CONFIG, "app.yaml:1", "must be a map of sections"),
                settings("not UTF-8").given(s -> s.write("config/app.yaml", new byte[] {'a', ':', ' ', (byte) 0xff,
                                (byte) 0xfe, '\n'})).run("heads")
                        .fails(CONFIG, "app.yaml is not UTF-8"),
                settings("include cycle").given(s -> {
                    s.settingsLines(prepend("include: [a.yaml]"));
                    s.write("config/a.yaml", "include: [app.yaml]\n");
                }).run("heads").fails(CONFIG, "include cycle", "app.yaml -> ", "a.yaml"),
                settings("missing include").settingsFile(prepend("include: [nowhere.yaml]")).run("heads")
                        .fails(CONFIG, "app.yaml:1", "nowhere.yaml not found"),
                settings("include entry is a map").settingsFile(prepend("include: {a: 1}")).run("heads")
                        .fails(CONFIG, "app.yaml:1", "include must be a file name"),
                settings("undefined variable").settingsFile(replace("  password:", "  password: ${NOPE_UNSET}"))
                        .run("current").fails(CONFIG, "app.yaml:4", "database.password", "NOPE_UNSET is not set"),
                settings("unclosed ${").settingsFile(replace("  url:", "  url: ${DB_URL")).run("current")
                        .fails(CONFIG, "app.yaml:2", "database.url", "without a closing }"),
                settings("section is text").settingsFile(replaceSection("database:", "database: embedded"))
                        .run("current")
                        .fails(CONFIG, "app.yaml:1", "database must be a map"),
                settings("package is a number").settingsFile(replace("  package:", "  package: 42")).run("heads")
                        .fails(CONFIG, "app.yaml:7", "migrations.package must be text"),
                settings("all_packages not a boolean").settingsFile(with("  location:", "  all_packages: sometimes"))
                        .run("heads").fails(CONFIG, "migrations.all_packages must be true or false"),
                settings("connection property is a map").settingsFile(with("  connect_timeout:",
                                "  properties: {ssl: {mode: x}}")).run("current")
                        .fails(CONFIG, "app.yaml:6", "database.properties.ssl must be a single value"),
                settings("classpath entry is a map").settingsFile(with("  location:", "  classpath: [{dir: x}]"))
                        .run("heads").fails(CONFIG, "migrations.classpath[0] must be text"),
                settings("missing database.url").settingsFile(without("  url:")).run("current")
                        .fails(CONFIG, "app.yaml", "missing required key database.url"),
                settings("missing migrations.package").settingsFile(without("  package:")).run("heads")
                        .fails(CONFIG, "missing required key migrations.package"),
                settings("empty url").settingsFile(replace("  url:", "  url: ''")).run("current")
                        .fails(CONFIG, "app.yaml:2", "database.url is empty"),
                settings("bad duration").settingsFile(with("  connect_timeout:", "  lock_timeout: soon")).run("current")
                        .fails(CONFIG, "app.yaml:6", "database.lock_timeout is 'soon', not a duration"),
                settings("duration out of range").settingsFile(replace("  connect_timeout:",
                                "  connect_timeout: 99999999999s")).run("current")
                        .fails(CONFIG, "database.connect_timeout", "not a duration"),
                settings("lock_timeout beyond PostgreSQL's limit").withDatabase()
                        .settingsFile(with("  connect_timeout:", "  lock_timeout: 999999999h"))
                        .given(s -> s.tableRevision("a1", null, "t1")).run("upgrade", "head")
                        .fails(CONFIG, "app.yaml:6", "database.lock_timeout"),
                settings("statement_timeout beyond PostgreSQL's limit").withDatabase()
                        .settingsFile(with("  connect_timeout:", "  statement_timeout: 600h"))
                        .given(s -> s.tableRevision("a1", null, "t1")).run("upgrade", "head")
                        .fails(CONFIG, "app.yaml:6", "database.statement_timeout"),
                settings("connect_timeout beyond the driver's limit").withDatabase()
                        .settingsFile(replace("  connect_timeout:", "  connect_timeout: 999999999h")).run("db-info")
                        .fails(CONFIG, "app.yaml:5", "database.connect_timeout"),
                settings("version table in a missing schema").withDatabase()
                        .settingsFile(with("  location:", "  version_table: nowhere.versions"))
                        .given(s -> s.tableRevision("a1", null, "t1")).run("upgrade", "head")
                        .fails(DATABASE, "cannot create the version table nowhere.versions",
                                "schema \"nowhere\" does not exist"),
                settings("duration is a list").settingsFile(with("  connect_timeout:", "  statement_timeout: [1s]"))
                        .run("current").fails(CONFIG, "database.statement_timeout must be a duration"),
                settings("bad logging level").settingsFile(replace("  level:", "  level: LOUD")).run("heads")
                        .fails(CONFIG, "app.yaml:10", "logging.level has 'LOUD', not a logging level"),
                settings("bad logger level").settingsFile(with("  level:", "  loggers: {org.hibernate: NOISY}"))
                        .run("heads").fails(CONFIG, "logging.loggers.org.hibernate has 'NOISY'"),
                settings("logging config file missing").settingsFile(with("  level:", "  config: nowhere.xml"))
                        .run("heads").fails(CONFIG, "logging.config", "nowhere.xml", "does not exist"),
                settings("logging config not Logback XML").given(s -> {
                    s.settingsLines(with("  level:", "  config: logback.xml"));
                    s.write("config/logback.xml", "<configuration><appender></configuration>\n");
                }).run("heads").fails(CONFIG, "logback.xml is not a valid Logback configuration"),
                settings("bad package name").settingsFile(replace("  package:", "  package: com..shop")).run("heads")
                        .fails(CONFIG, "app.yaml:7", "migrations.package is 'com..shop', not a Java package name"),
                settings("recursive YAML alias").settingsFile(with("  level:", "  loggers: &a {x: *a}")).run("heads")
                        .fails(CONFIG, "app.yaml:11", "alias"),
                settings("bad YAML tag").settingsFile(replace("  password:", "  password: !!binary 'x!'"))
                        .run("heads").fails(CONFIG, "app.yaml:4", "invalid YAML value"),
                settings("location not a valid path").settingsFile(replace("  location:", "  location: \"a\\0b\""))
                        .run("heads").fails(CONFIG, "app.yaml:8", "migrations.location is not a valid path"),
                settings("scripts location missing").settingsFile(replace("  location:", "  location: nowhere"))
                        .run("heads").fails(REVISION, "nowhere does not exist", "ws-migrate init"),
                settings("URL not JDBC").settingsFile(replace("  url:", "  url: mysql://h/db")).run("current")
                        .fails(CONFIG, "app.yaml:2", "database.url must be a jdbc:postgresql:// URL"),
                settings("non-postgres URL").settingsFile(replace("  url:", "  url: jdbc:mysql://localhost/db"))
                        .run("current").fails(CONFIG, "app.yaml:2", "database.url must be a jdbc:postgresql:// URL"),
                unreadableUrl("password in the URL with a bad port",
                        "jdbc:postgresql://127.0.0.1:99999/db?user=u&password=Url-SECRET-1"),
                unreadableUrl("password in the URL with a broken escape",
                        "jdbc:postgresql://127.0.0.1:1/db?password=Url-SECRET-1%zz"),
                settings("user and password before the host").settingsFile(replace("  url:",
                                "  url: jdbc:postgresql://u:Url-SECRET-1@127.0.0.1:1/db")).run("current")
                        .fails(CONFIG, "app.yaml:2", "database.url has a user name and password before the host"),
                settings("password YAML reads as an alias").settingsFile(replace("  password:",
                                "  password: *Url-SECRET-1")).run("current")
                        .fails(CONFIG, "app.yaml:4", "YAML alias or anchor; put the value in quotes"),
                settings("unknown database host").settingsFile(replace("  url:",
                                "  url: jdbc:postgresql://no-such-host.invalid:5432/db")).run("current")
                        .fails(DATABASE, "cannot connect to jdbc:postgresql://no-such-host.invalid:5432/db",
                                "unknown host no-such-host.invalid"),
                settings("unreachable port").settingsFile(replace(replace("  url:",
                                "  url: jdbc:postgresql://127.0.0.1:1/db"), "  connect_timeout:", "  connect_timeout: 1s")).run("db-info")
                        .fails(DATABASE, "cannot connect to jdbc:postgresql://127.0.0.1:1/db", "refused"),
                settings("unknown database").withDatabase().given(s -> s.environment().put("DB_URL",
                                s.database().url().replaceFirst("/(t[0-9_]+)", "/$1_missing")))
                        .run("current").fails(DATABASE, "cannot connect", "_missing", "does not exist"),
                settings("wrong password").withDatabase().given(s -> {
                    s.useDatabase(PasswordRole.create(s.database()));
                    s.environment().put("DB_PASSWORD", "not-the-password");
                }).run("upgrade", "head").fails(DATABASE, "cannot connect", "password authentication failed",
                        PasswordRole.NAME));
    }

    /** The valid settings with {@code extra} inserted after the line starting with {@code after}. */
    /** A URL the driver cannot parse, with a password in it: refused, the password masked. */
    private static BadInput unreadableUrl(String name, String url) {
        return settings(name).settingsFile(replace("  url:", "  url: '" + url + "'")).run("current")
                .fails(CONFIG, "is not a URL the PostgreSQL driver can read", "password=****");
    }

    private static String[] with(String after, String extra) {
        List<String> lines = new ArrayList<>();
        for (String line : ReliabilityProjects.VALID_SETTINGS) {
            lines.add(line);
            if (line.startsWith(after)) {
                lines.add(extra);
            }
        }
        return lines.toArray(String[]::new);
    }

    private static String[] prepend(String first) {
        List<String> lines = new ArrayList<>(List.of(first));
        lines.addAll(Arrays.asList(ReliabilityProjects.VALID_SETTINGS));
        return lines.toArray(String[]::new);
    }

    private static String[] without(String prefix) {
        return Arrays.stream(ReliabilityProjects.VALID_SETTINGS).filter(line -> !line.startsWith(prefix)).toArray(String[]::new);
    }

    private static String[] replace(String prefix, String replacement) {
        return replace(ReliabilityProjects.VALID_SETTINGS, prefix, replacement);
    }

    private static String[] replace(String[] settings, String prefix, String replacement) {
        return Arrays.stream(settings).map(line -> line.startsWith(prefix) ? replacement : line)
                .toArray(String[]::new);
    }

    /** Replaces a section header and drops its indented lines. */
    private static String[] replaceSection(String header, String replacement) {
        List<String> lines = new ArrayList<>();
        boolean inSection = false;
        for (String line : ReliabilityProjects.VALID_SETTINGS) {
            if (line.equals(header)) {
                lines.add(replacement);
                inSection = true;
            } else if (!(inSection && line.startsWith(" "))) {
                lines.add(line);
                inSection = false;
            }
        }
        return lines.toArray(String[]::new);
    }
}

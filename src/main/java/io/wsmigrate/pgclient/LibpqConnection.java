package io.wsmigrate.pgclient;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.LoggingConfigurer;
import io.wsmigrate.db.Redaction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured connection as libpq reads it from the environment. The JDBC URL is parsed by
 * the PostgreSQL driver itself, with the same precedence it uses when ws-migrate connects (URL
 * parameters over {@code database.properties}), so psql and pg_dump reach the very server,
 * database and user that ws-migrate does. The password is kept apart: it never becomes a variable.
 */
record LibpqConnection(List<String> hosts, List<String> ports, String user, String password,
                       Map<String, String> variables) {
    private static final Logger LOG = LoggerFactory.getLogger(LibpqConnection.class);
    /** Properties that ws-migrate itself sets, or that concern only the Java driver. */
    private static final Set<String> NOT_FOR_LIBPQ = Set.of("user", "password", "PGHOST", "PGPORT", "PGDBNAME",
            "ssl", "ApplicationName", "connectTimeout", "loginTimeout", "socketTimeout");

    LibpqConnection {
        hosts = List.copyOf(hosts);
        ports = List.copyOf(ports);
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables)); // in a stable order
    }

    static LibpqConnection of(DatabaseSettings settings) {
        Properties given = new Properties();
        given.putAll(settings.properties());
        putProperty(given, "user", settings.user());
        putProperty(given, "password", settings.password());
        LoggingConfigurer.beforeDriver(); // parseURL logs a bad port through java.util.logging
        Properties merged = Driver.parseURL(settings.url(), given);
        if (merged == null) {
            throw new ToolException("database.url " + Redaction.url(settings.url())
                    + " is not a JDBC URL the PostgreSQL driver understands; fix it in the settings");
        }
        List<String> hosts = List.of(merged.getProperty("PGHOST", "localhost").split(",")).stream()
                .map(LibpqConnection::withoutBrackets).toList();
        List<String> ports = List.of(merged.getProperty("PGPORT", "5432").split(","));
        String user = blankToNull(merged.getProperty("user"));
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("PGHOST", String.join(",", hosts));
        variables.put("PGPORT", String.join(",", ports));
        putIfPresent(variables, "PGDATABASE", blankToNull(merged.getProperty("PGDBNAME")));
        putIfPresent(variables, "PGUSER", user);
        variables.put("PGCONNECT_TIMEOUT", Long.toString(Math.max(2, settings.connectTimeout().toSeconds())));
        variables.putAll(LibpqOptions.translate(merged));
        logIgnored(merged);
        return new LibpqConnection(hosts, ports, user, blankToNull(merged.getProperty("password")), variables);
    }

    /** libpq takes IPv6 addresses bare; the JDBC URL needs them in brackets. */
    private static String withoutBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static void logIgnored(Properties merged) {
        for (String name : merged.stringPropertyNames()) {
            if (!NOT_FOR_LIBPQ.contains(name) && !LibpqOptions.translates(name)) {
                LOG.debug("JDBC property {} has no libpq equivalent; psql and pg_dump connect without it", name);
            }
        }
    }

    private static void putProperty(Properties target, String key, String value) {
        if (value != null) {
            target.put(key, value);
        }
    }

    private static void putIfPresent(Map<String, String> target, String key, String value) {
        if (value != null) {
            target.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "LibpqConnection[hosts=" + hosts + ", ports=" + ports + ", user=" + user + ", password="
                + (password == null ? "none" : "****") + ", variables=" + variables + "]";
    }
}

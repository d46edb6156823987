package io.wsmigrate.testing;

import io.wsmigrate.config.DatabaseSettings;

/** The database section of a test project's settings file. */
final class SettingsYaml {
    private SettingsYaml() {
    }

    /** {@code database:} with {@code options} (indented YAML lines) first, then url, user and password. */
    static String database(DatabaseSettings database, String options) {
        StringBuilder yaml = new StringBuilder("database:\n").append(options);
        yaml.append("  url: ").append(quoted(database.url())).append('\n');
        if (database.user() != null) {
            yaml.append("  user: ").append(quoted(database.user())).append('\n');
        }
        if (database.password() != null) {
            yaml.append("  password: ").append(quoted(database.password())).append('\n');
        }
        return yaml.toString();
    }

    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}

package io.wsmigrate.command;

import io.wsmigrate.config.Settings;
import io.wsmigrate.db.Database;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.VersionTable;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.script.ScriptLocation;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

/**
 * Everything one invocation works with: the settings, the environment, and the database, opened
 * on first use (commands that need no database never start or reach one) and closed at the end.
 */
public final class Project implements AutoCloseable {
    private final Settings settings;
    private final Map<String, String> environment;
    private final Clock clock;
    private Database database;
    private Connection connection;
    private ScriptDirectory scripts;
    private RevisionMap revisions;

    public Project(Settings settings, Map<String, String> environment, Clock clock) {
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    public Settings settings() {
        return settings;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Clock clock() {
        return clock;
    }

    public VersionTable versionTable() {
        return VersionTable.named(settings.migrations().effectiveVersionTable());
    }

    public ScriptLocation scriptLocation() {
        return ScriptLocation.parse(settings.migrations().location(), settings.projectDir(),
                settings.migrations().classpath());
    }

    /** The package's scripts folder, opened on first use. */
    public ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.open(scriptLocation());
        }
        return scripts;
    }

    /** The revision graph of the scripts folder, from the files' headers only. */
    public RevisionMap revisions() {
        if (revisions == null) {
            revisions = RevisionMap.of(scripts().revisions());
        }
        return revisions;
    }

    /** Forgets the cached scripts after a command wrote a new revision file. */
    void scriptsChanged() {
        scripts = null;
        revisions = null;
    }

    public Database database() {
        if (database == null) {
            database = Database.open(settings.database(), settings.projectDir());
        }
        return database;
    }

    /** The one connection of this invocation, in auto-commit mode. */
    public Connection connection() {
        if (connection == null) {
            connection = database().connect();
        }
        return connection;
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}

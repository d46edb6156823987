package io.wsmigrate.command;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.entities.HibernateOnClasspath;
import io.wsmigrate.runtime.VersionState;
import io.wsmigrate.runtime.VersionTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/** Commands about the database connection itself: {@code db-info} and {@code lock}. */
public final class DatabaseCommands {
    private final Project project;

    public DatabaseCommands(Project project) {
        this.project = project;
    }

    /** What {@code db-info} reports: proof that the connection works end to end. */
    /** @param hibernate which Hibernate builds the entity model, and from where (see {@link #hibernate()}) */
    public record DbInfo(String url, String serverVersion, String database, String user, String versionTable,
                         boolean versionTableExists, Set<String> heads, String hibernate) {
    }

    public DbInfo info() {
        Connection c = project.connection();
        VersionTable table = project.versionTable();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version'), current_database(), current_user")) {
            rs.next();
            boolean exists = table.exists(c);
            VersionState state = exists ? table.read(c) : VersionState.EMPTY;
            return new DbInfo(project.database().displayUrl(), rs.getString(1), rs.getString(2), rs.getString(3),
                    table.name().toString(), exists, state.heads(), hibernate());
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read server information", e);
        }
    }

    /**
     * The Hibernate that builds the entity model for this classpath: the application's hibernate-core
     * or ws-migrate's own, with its version, on the classpath as the model reads it (globs expanded,
     * the build asked). Nothing is booted; a version ws-migrate cannot use is
     * reported here as the error the model commands would give.
     */
    public String hibernate() {
        try {
            return HibernateOnClasspath.find(project.classpath()).describe();
        } catch (WsMigrateException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Who holds this package's migration lock now (empty when nobody does). */
    /** The package's version table, as the database names it (its lock is named after it). */
    public String versionTable() {
        return project.versionTable().name().toString();
    }

    public List<AdvisoryLock.LockHolder> lockHolders() {
        return AdvisoryLock.holders(project.connection(), project.versionTable().name().sql());
    }
}

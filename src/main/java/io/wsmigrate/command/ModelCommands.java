package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.introspect.IntrospectOptions;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.script.ScriptLocation;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Commands straight from the models, without revisions: {@code create-table} and {@code sync-db}. */
public final class ModelCommands {
    private final Project project;

    public ModelCommands(Project project) {
        this.project = project;
    }

    /** Hibernate's DDL for the named entities or tables (all of the package's when none are named). */
    public List<String> createTableDdl(List<String> entities) {
        try (EntityModel model = project.entities(false)) {
            return model.createDdl(new LinkedHashSet<>(entities));
        }
    }

    /** What {@code sync-db} did: the tables it created, those it left alone, and the heads it stamped. */
    public record SyncResult(Set<QualifiedName> created, Set<QualifiedName> existing, Set<String> stampedHeads) {
    }

    /**
     * Creates the package's tables from the models (like Websauna's {@code ws-sync-db}), in one
     * transaction, then stamps the scripts' heads so later migrations continue from there. Refuses
     * when some of the tables exist, unless {@code allowExisting}: then it creates only the missing ones.
     */
    public SyncResult syncDb(boolean allowExisting) {
        Set<String> heads = headsToStamp();
        Connection connection = project.connection();
        try (EntityModel model = project.entities(false)) {
            Set<QualifiedName> sequences = new TreeSet<>();
            model.schema().sequences().forEach(seq -> sequences.add(seq.name()));
            SchemaModel live = CatalogIntrospector.introspect(connection, IntrospectOptions.defaults()
                    .withInclude(name -> model.tableNames().contains(name) || sequences.contains(name)));
            Set<QualifiedName> existing = new TreeSet<>();
            live.tables().forEach(t -> existing.add(t.name()));
            if (!existing.isEmpty() && !allowExisting) {
                throw new WsMigrateException(ExitCode.DATABASE, "the database already has " + existing.size()
                        + " of the package's tables (" + preview(existing) + "); sync-db is for new development and"
                        + " test databases: use `upgrade head`, or pass --allow-existing to create only the missing ones");
            }
            Set<QualifiedName> missing = new TreeSet<>(model.tableNames());
            missing.removeAll(existing);
            live.sequences().forEach(seq -> sequences.remove(seq.name()));
            if (!missing.isEmpty() || !sequences.isEmpty()) {
                Set<QualifiedName> toCreate = new TreeSet<>(missing);
                toCreate.addAll(sequences);
                create(connection, model, toCreate);
            }
            if (!heads.isEmpty()) {
                new MigrationCommands(project).stamp(List.copyOf(heads), false, MigrationOptions.defaults(),
                        MigrationListener.NONE);
            }
            return new SyncResult(missing, existing, heads);
        }
    }

    /**
     * The scripts' heads, read before anything is created so a broken scripts folder fails first.
     * A project without a scripts folder (not using migrations yet, as with Websauna's ws-sync-db)
     * gets its tables and no stamp; its initial migration can be written later.
     */
    private Set<String> headsToStamp() {
        if (project.scriptLocation() instanceof ScriptLocation.Folder folder && !Files.isDirectory(folder.path())) {
            return Set.of();
        }
        return project.revisions().heads();
    }

    private static void create(Connection connection, EntityModel model, Set<QualifiedName> tables) {
        List<String> statements = new ArrayList<>();
        new TreeSet<>(tables.stream().map(QualifiedName::schema).toList()).stream()
                .filter(schema -> !schema.equals(QualifiedName.DEFAULT_SCHEMA))
                .forEach(schema -> statements.add("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema)));
        statements.addAll(model.createDdl(new LinkedHashSet<>(tables.stream().map(QualifiedName::toString).toList())));
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollback(connection);
            throw DatabaseException.of("sync-db could not create the tables; nothing was created", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the run ends with the error above
            }
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the server rolls back with the broken session
        }
    }

    private static String preview(Set<QualifiedName> names) {
        List<String> shown = names.stream().limit(5).map(QualifiedName::toString).toList();
        return String.join(", ", shown) + (names.size() > shown.size() ? ", ..." : "");
    }
}

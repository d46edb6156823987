package io.wsmigrate.entities;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The entity side of a diff: the {@link SchemaModel} Hibernate's mapping describes, the entity
 * names, and Hibernate's own DDL for them. It keeps Hibernate booted for {@link #createDdl}; close it
 * to release Hibernate's services and the entity class loader.
 */
public final class EntityModel implements AutoCloseable {
    private final BootedMetadata booted;
    private final SchemaModel schema;
    private final EntityCatalog catalog;
    private final boolean majorFixed;
    private final Map<Integer, SchemaModel> byServerMajor = new HashMap<>();

    EntityModel(BootedMetadata booted, SchemaModel schema, boolean majorFixed) {
        this.booted = booted;
        this.schema = schema;
        this.catalog = new EntityCatalog(booted, schema);
        this.majorFixed = majorFixed;
    }

    /** The model as Hibernate boots it without a database (for the default PostgreSQL major). */
    public SchemaModel schema() {
        return schema;
    }

    /**
     * The model as the application's Hibernate creates it on a server of {@code serverMajor}: it
     * takes the version from its connection, and on PostgreSQL 18 writes {@code @GeneratedColumn}
     * as a virtual column. Unless the project's Hibernate settings name the major themselves.
     */
    public SchemaModel schemaFor(int serverMajor) {
        if (majorFixed) {
            return schema;
        }
        return byServerMajor.computeIfAbsent(serverMajor, major -> ServerVersionDialect
                .forServer(booted.dialect(), major)
                .map(dialect -> booted.withContextLoader(() -> EntityModelLoader.convert(booted, dialect)))
                .orElse(schema));
    }

    /** The JPA entity names ({@code @Entity(name)}, by default the simple class name), sorted. */
    public List<String> entityNames() {
        return catalog.entityNames();
    }

    /** The names of all tables of the model, sorted. */
    public Set<QualifiedName> tableNames() {
        SortedSet<QualifiedName> names = new TreeSet<>();
        schema.tables().stream().map(Table::name).forEach(names::add);
        return Collections.unmodifiableSortedSet(names);
    }

    /**
     * Hibernate's CREATE statements (tables, sequences, indexes, comments, foreign keys) as
     * PostgreSQL receives them: for everything when {@code entityNamesOrTables} is empty, else for
     * the named entities (their tables and identifier sequence), tables and sequences. An unknown
     * name is a USAGE error listing the entities.
     */
    public List<String> createDdl(Set<String> entityNamesOrTables) {
        if (entityNamesOrTables.isEmpty()) {
            return DdlGenerator.create(booted, table -> true, sequence -> true);
        }
        EntityCatalog.Selection selection = booted.withContextLoader(() -> catalog.select(entityNamesOrTables));
        return DdlGenerator.create(booted, selection.tables()::contains, selection.sequences()::contains);
    }

    @Override
    public void close() {
        booted.close();
    }
}

package io.wsmigrate.entities;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The entity side of a diff: the {@link SchemaModel} Hibernate's mapping describes, the entity
 * names, Hibernate's own DDL for them, and which Hibernate built them. It keeps Hibernate booted
 * for {@link #createDdl}; close it to release Hibernate's services and the entity class loader.
 */
public final class EntityModel implements AutoCloseable {
    private final HibernateMapping mapping;
    private final HibernateOnClasspath hibernate;

    EntityModel(HibernateMapping mapping, HibernateOnClasspath hibernate) {
        this.mapping = mapping;
        this.hibernate = hibernate;
    }

    /** The model as Hibernate boots it without a database (for the default PostgreSQL major). */
    public SchemaModel schema() {
        return mapping.schema();
    }

    /**
     * The model as the application's Hibernate creates it on a server of {@code serverMajor}: it
     * takes the version from its connection, and on PostgreSQL 18 writes {@code @GeneratedColumn}
     * as a virtual column. Unless the project's Hibernate settings name the major themselves.
     */
    public SchemaModel schemaFor(int serverMajor) {
        return mapping.schemaFor(serverMajor);
    }

    /** The Hibernate that built this model: the application's, or ws-migrate's own. */
    public HibernateOnClasspath hibernate() {
        return hibernate;
    }

    /** The JPA entity names ({@code @Entity(name)}, by default the simple class name), sorted. */
    public List<String> entityNames() {
        return mapping.entityNames();
    }

    /** The names of all tables of the model, sorted. */
    public Set<QualifiedName> tableNames() {
        SortedSet<QualifiedName> names = new TreeSet<>();
        schema().tables().stream().map(Table::name).forEach(names::add);
        return Collections.unmodifiableSortedSet(names);
    }

    /**
     * Hibernate's CREATE statements (tables, sequences, indexes, comments, foreign keys) as
     * PostgreSQL receives them: for everything when {@code entityNamesOrTables} is empty, else for
     * the named entities (their tables and identifier sequence), tables and sequences. An unknown
     * name is a USAGE error listing the entities.
     */
    public List<String> createDdl(Set<String> entityNamesOrTables) {
        return mapping.createDdl(entityNamesOrTables);
    }

    @Override
    public void close() {
        mapping.close();
    }
}

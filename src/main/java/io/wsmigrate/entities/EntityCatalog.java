package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.generator.Generator;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.id.enhanced.TableGenerator;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;

/**
 * Resolves what a user names on the command line (a JPA entity name such as {@code Product}, a class
 * name, a table or a sequence) to the tables and sequences Hibernate creates for it.
 */
final class EntityCatalog {
    private final BootedMetadata booted;
    private final SchemaModel schema;
    private final SqlNames names;

    EntityCatalog(BootedMetadata booted, SchemaModel schema) {
        this.booted = booted;
        this.schema = schema;
        this.names = booted.names();
    }

    /** The chosen tables and sequences. */
    record Selection(Set<QualifiedName> tables, Set<QualifiedName> sequences) {
    }

    List<String> entityNames() {
        Set<String> entityNames = new TreeSet<>();
        for (PersistentClass entity : booted.metadata().getEntityBindings()) {
            entityNames.add(entity.getJpaEntityName());
        }
        return List.copyOf(entityNames);
    }

    Selection select(Collection<String> requested) {
        Set<QualifiedName> tables = new LinkedHashSet<>();
        Set<QualifiedName> sequences = new LinkedHashSet<>();
        for (String name : requested) {
            PersistentClass entity = entity(name);
            if (entity != null) {
                tables.addAll(tablesOf(entity));
                generatorObject(entity, tables, sequences);
                continue;
            }
            QualifiedName table = objectName(name, schema.tables().stream().map(Table::name).toList());
            QualifiedName sequence = objectName(name, schema.sequences().stream().map(Sequence::name).toList());
            if (table == null && sequence == null) {
                throw new WsMigrateException(ExitCode.USAGE, "'" + name + "' is neither an entity, a table nor a"
                        + " sequence of the entity model; known entities: " + String.join(", ", entityNames()));
            }
            if (table != null) {
                tables.add(table);
            }
            if (sequence != null) {
                sequences.add(sequence);
            }
        }
        return new Selection(tables, sequences);
    }

    private PersistentClass entity(String name) {
        for (PersistentClass entity : booted.metadata().getEntityBindings()) {
            if (name.equals(entity.getJpaEntityName()) || name.equals(entity.getEntityName())) {
                return entity;
            }
        }
        return null;
    }

    /** A table or sequence name as typed: exact first, then folded as PostgreSQL folds unquoted names. */
    private static QualifiedName objectName(String typed, List<QualifiedName> known) {
        QualifiedName exact = QualifiedName.parse(typed);
        if (known.contains(exact)) {
            return exact;
        }
        QualifiedName folded = QualifiedName.parse(SqlNames.fold(typed));
        return known.contains(folded) ? folded : null;
    }

    /**
     * The tables an entity's rows live in: its own and its superclasses' tables (joined
     * inheritance), their secondary tables and the join tables of the collections they own.
     */
    private List<QualifiedName> tablesOf(PersistentClass entity) {
        List<PersistentClass> hierarchy = new ArrayList<>(List.of(entity));
        for (PersistentClass superclass = entity.getSuperclass(); superclass != null;
                superclass = superclass.getSuperclass()) {
            hierarchy.add(superclass);
        }
        List<org.hibernate.mapping.Table> owned = new ArrayList<>(entity.getTableClosure());
        for (PersistentClass type : hierarchy) {
            for (Join join : type.getJoins()) {
                owned.add(join.getTable());
            }
        }
        for (org.hibernate.mapping.Collection collection : booted.metadata().getCollectionBindings()) {
            if (hierarchy.contains(collection.getOwner()) && !collection.isOneToMany()) {
                owned.add(collection.getCollectionTable());
            }
        }
        return owned.stream().filter(MetadataConverter::isCreatedTable).map(names::table).distinct().toList();
    }

    /**
     * Adds the sequence (or generator table) behind the entity's identifier. Hibernate only knows it
     * once the generator is built, so one is built here (booting has built each one already, so it can).
     */
    private void generatorObject(PersistentClass entity, Set<QualifiedName> tables, Set<QualifiedName> sequences) {
        Generator generator = HibernateCalls.CURRENT.createGenerator(entity, booted.dialect(), booted.sqlContext(),
                booted.registry());
        if (generator instanceof SequenceStyleGenerator sequenceGenerator) {
            QualifiedName name = names.qualified(sequenceGenerator.getDatabaseStructure().getPhysicalName());
            (sequenceGenerator.getDatabaseStructure().isPhysicalSequence() ? sequences : tables).add(name);
        } else if (generator instanceof TableGenerator tableGenerator) {
            QualifiedName name = objectName(tableGenerator.getTableName(),
                    schema.tables().stream().map(Table::name).toList());
            if (name != null) {
                tables.add(name);
            }
        }
    }
}

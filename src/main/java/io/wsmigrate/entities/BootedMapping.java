package io.wsmigrate.entities;

import io.wsmigrate.schema.SchemaModel;
import java.util.List;
import java.util.Set;

/** {@link HibernateMapping} over metadata booted by the Hibernate of this class's own class loader. */
final class BootedMapping implements HibernateMapping {
    private final BootedMetadata booted;
    private final SchemaModel schema;
    private final EntityCatalog catalog;

    BootedMapping(BootedMetadata booted, SchemaModel schema) {
        this.booted = booted;
        this.schema = schema;
        this.catalog = new EntityCatalog(booted, schema);
    }

    @Override
    public SchemaModel schema() {
        return schema;
    }

    @Override
    public List<String> entityNames() {
        return booted.withContextLoader(catalog::entityNames);
    }

    @Override
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

package io.wsmigrate.entities;

import io.wsmigrate.schema.SchemaModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link HibernateMapping} over metadata booted by the Hibernate of this class's own class loader. */
final class BootedMapping implements HibernateMapping {
    private final BootedMetadata booted;
    private final SchemaModel schema;
    private final EntityCatalog catalog;
    private final boolean majorFixed;
    private final Map<Integer, SchemaModel> byServerMajor = new HashMap<>();

    /** {@code majorFixed}: the project's Hibernate settings name the PostgreSQL major themselves. */
    BootedMapping(BootedMetadata booted, SchemaModel schema, boolean majorFixed) {
        this.booted = booted;
        this.schema = schema;
        this.catalog = new EntityCatalog(booted, schema);
        this.majorFixed = majorFixed;
    }

    @Override
    public SchemaModel schema() {
        return schema;
    }

    @Override
    public synchronized SchemaModel schemaFor(int serverMajor) {
        if (majorFixed) {
            return schema;
        }
        return byServerMajor.computeIfAbsent(serverMajor, major -> ServerVersionDialect
                .forServer(booted.dialect(), major)
                .map(dialect -> booted.withContextLoader(
                        () -> new MetadataConverter(booted.metadata(), dialect, booted.names()).convert()))
                .orElse(schema));
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

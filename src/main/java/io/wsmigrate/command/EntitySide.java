package io.wsmigrate.command;

import io.wsmigrate.command.AutogenerateCommands.DatabaseSide;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.entities.EntityModelCache;
import io.wsmigrate.schema.SchemaModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entity side of a diff, with the database side it is built for: from the entity-model cache
 * when it holds the model for exactly these classes, settings and build, without booting Hibernate;
 * else booted by Hibernate while the catalog is read, and remembered.
 */
final class EntitySide {
    private static final Logger LOG = LoggerFactory.getLogger(EntitySide.class);

    /** The entities' model as built for the database's server, and that database. */
    record Sides(SchemaModel model, DatabaseSide database) {
    }

    private EntitySide() {
    }

    /**
     * {@code database} is the database side, read on another thread or only now; {@code boot}
     * loads the entities. When the cache holds the model for one major only (a project's one
     * server), that entry is read while the database is; when it holds several, the database is
     * read first, to know which; otherwise Hibernate boots while it is read, as without a cache.
     */
    static Sides read(EntityModelCache cache, Supplier<EntityModel> boot, Supplier<DatabaseSide> database) {
        List<Integer> majors = cache.majors();
        if (!majors.isEmpty()) {
            Optional<SchemaModel> early = majors.size() == 1 ? cache.find(majors.get(0)) : Optional.empty();
            DatabaseSide side = database.get();
            if (early.isPresent() && majors.get(0) == side.serverMajor()) {
                LOG.debug("entity model read from the cache while the catalog was read; Hibernate not booted");
                return new Sides(early.get(), side);
            }
            return new Sides(modelFor(cache, boot, side.serverMajor()), side);
        }
        try (EntityModel entities = boot.get()) {
            DatabaseSide side = database.get();
            return new Sides(built(entities, side.serverMajor(), cache), side);
        }
    }

    /** The entities' model for a server of {@code serverMajor}: remembered, else booted and remembered. */
    static SchemaModel modelFor(EntityModelCache cache, Supplier<EntityModel> boot, int serverMajor) {
        Optional<SchemaModel> cached = cache.find(serverMajor);
        if (cached.isPresent()) {
            LOG.debug("entity model read from the cache; Hibernate not booted");
            return cached.get();
        }
        try (EntityModel entities = boot.get()) {
            return built(entities, serverMajor, cache);
        }
    }

    private static SchemaModel built(EntityModel entities, int serverMajor, EntityModelCache cache) {
        SchemaModel model = entities.schemaFor(serverMajor);
        cache.store(serverMajor, model);
        return model;
    }
}

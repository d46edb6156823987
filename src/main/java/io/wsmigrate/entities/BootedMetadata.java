package io.wsmigrate.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;

/**
 * Hibernate's {@link Metadata} together with what must stay alive beside it (its service registry
 * and the class loader of the entity classes) and what must be released with it.
 */
final class BootedMetadata implements AutoCloseable {
    private final Metadata metadata;
    private final StandardServiceRegistry registry;
    private final URLClassLoader classLoader;
    private boolean closed;

    BootedMetadata(Metadata metadata, StandardServiceRegistry registry, URLClassLoader classLoader) {
        this.metadata = metadata;
        this.registry = registry;
        this.classLoader = classLoader;
    }

    Metadata metadata() {
        if (closed) {
            throw new IllegalStateException("the entity model is closed");
        }
        return metadata;
    }

    StandardServiceRegistry registry() {
        return registry;
    }

    Dialect dialect() {
        return metadata.getDatabase().getDialect();
    }

    Map<String, Object> settings() {
        return registry.requireService(ConfigurationService.class).getSettings();
    }

    /** The context Hibernate's schema tools render names with (it applies {@code hibernate.default_schema}). */
    SqlStringGenerationContext sqlContext() {
        Database database = metadata.getDatabase();
        return SqlStringGenerationContextImpl.fromConfigurationMap(database.getJdbcEnvironment(), database, settings());
    }

    SqlNames names() {
        return new SqlNames(dialect(), sqlContext(), metadata.getDatabase().getJdbcEnvironment().getIdentifierHelper());
    }

    /** Runs {@code work} with the entity class loader as context loader, as Hibernate expects. */
    <T> T withContextLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        StandardServiceRegistryBuilder.destroy(registry);
        try {
            classLoader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the entity class loader", e);
        }
    }
}

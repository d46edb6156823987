package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Builds Hibernate {@link Metadata} for PostgreSQL without a database: the dialect is chosen from
 * the declared product name and version, and JDBC metadata access is switched off so that nothing
 * tries to connect. The metadata then goes through the steps a SessionFactory takes on it
 * ({@link SessionFactorySteps}), so that its tables are the ones the running application creates.
 */
final class HibernateBoot {
    static final String DATABASE_NAME = "jakarta.persistence.database-product-name";
    static final String DATABASE_MAJOR = "jakarta.persistence.database-major-version";
    static final String DATABASE_MINOR = "jakarta.persistence.database-minor-version";
    static final String ALLOW_JDBC_METADATA = "hibernate.boot.allow_jdbc_metadata_access";
    static final String GLOBAL_QUOTING = "hibernate.globally_quoted_identifiers";
    static final String GLOBAL_QUOTING_SKIPS_DEFINITIONS = "hibernate.globally_quoted_identifiers_skip_column_definitions";
    static final String POSTGRESQL_MAJOR = "17";

    private HibernateBoot() {
    }

    /** The settings Hibernate boots with: ours, then the project's, then the ones that must hold. */
    static Map<String, Object> settings(Map<String, String> projectProperties) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(DATABASE_NAME, "PostgreSQL");
        settings.put(DATABASE_MAJOR, POSTGRESQL_MAJOR);
        settings.put(DATABASE_MINOR, "0");
        settings.putAll(projectProperties);
        settings.put(ALLOW_JDBC_METADATA, "false");
        // With global quoting Hibernate also quotes a columnDefinition as if it were a type name,
        // which makes its DDL invalid ("code" "varchar(10) not null"); the project did not mean that.
        if (Boolean.parseBoolean(String.valueOf(settings.get(GLOBAL_QUOTING)))) {
            settings.putIfAbsent(GLOBAL_QUOTING_SKIPS_DEFINITIONS, "true");
        }
        return settings;
    }

    /** A project may name its own dialect, but it has to speak PostgreSQL: every later step assumes it. */
    private static void requirePostgresql(Dialect dialect) {
        if (!(dialect instanceof PostgreSQLDialect)) {
            throw new WsMigrateException(ExitCode.MODEL, "the Hibernate dialect is " + dialect.getClass().getName()
                    + " but ws-migrate works with PostgreSQL only; remove hibernate.dialect from the entity settings"
                    + " or name a PostgreSQLDialect subclass");
        }
    }

    /** Boots Hibernate over the given classes; on failure releases the registry and throws a MODEL error. */
    static BootedMetadata boot(List<Class<?>> classes, List<String> packages, Map<String, String> projectProperties,
                               URLClassLoader classLoader) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        StandardServiceRegistry registry = null;
        try {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                    .applyClassLoaderService(PackageInfoAwareClassLoading.over(classLoader, classes)).build();
            Map<String, Object> settings = settings(projectProperties);
            SpringNaming.substitute(settings, classLoader);
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            packages.forEach(sources::addPackage);
            Metadata metadata = sources.buildMetadata();
            requirePostgresql(metadata.getDatabase().getDialect());
            SessionFactorySteps.apply(metadata, registry);
            BootedMetadata booted = new BootedMetadata(metadata, registry, classLoader);
            SessionFactorySteps.buildIdentifierGenerators(booted);
            return booted;
        } catch (WsMigrateException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        } catch (RuntimeException | LinkageError e) {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            throw MappingErrors.mappingFailed(e, projectProperties);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

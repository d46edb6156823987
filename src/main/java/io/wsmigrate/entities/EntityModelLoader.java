package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.SchemaModel;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.dialect.Dialect;

/**
 * Loads the entity model of a project: scans the packages, loads the mapped classes in a class
 * loader over the project's classpath (ours first, so Hibernate and JPA are the tool's own), boots
 * Hibernate without a database and converts its metadata into a {@link SchemaModel}.
 */
public final class EntityModelLoader {
    private EntityModelLoader() {
    }

    /** The model of {@code source}; close it when done. Throws a MODEL error for any scan or mapping failure. */
    public static EntityModel load(EntitySource source) {
        if (source.packages().isEmpty()) {
            throw new WsMigrateException(ExitCode.CONFIG,
                    "no entity packages are configured; list the packages of your @Entity classes in the settings");
        }
        ScannedClasses scanned = EntityScanner.scan(source);
        URLClassLoader classLoader = classLoader(source.classpath());
        try {
            List<Class<?>> classes = loadMapped(scanned.classNames(), classLoader);
            if (classes.stream().noneMatch(type -> type.isAnnotationPresent(Entity.class))) {
                throw NoEntities.error(source);
            }
            BootedMetadata booted = HibernateBoot.boot(classes, scanned.packagesWithInfo(),
                    source.hibernateProperties(), classLoader);
            return convert(booted, source.hibernateProperties().containsKey(HibernateBoot.DATABASE_MAJOR));
        } catch (RuntimeException | Error e) {
            closeQuietly(classLoader, e);
            throw e;
        }
    }

    private static EntityModel convert(BootedMetadata booted, boolean majorFixed) {
        try {
            SchemaModel schema = booted.withContextLoader(() -> convert(booted, booted.dialect()));
            return new EntityModel(booted, schema, majorFixed);
        } catch (RuntimeException e) {
            booted.close();
            throw e instanceof WsMigrateException ? e : MappingErrors.mappingFailed(e);
        }
    }

    /** The booted metadata as a schema, its DDL written by {@code dialect}. */
    static SchemaModel convert(BootedMetadata booted, Dialect dialect) {
        return new MetadataConverter(booted.metadata(), dialect, booted.names()).convert();
    }

    private static List<Class<?>> loadMapped(List<String> classNames, ClassLoader classLoader) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : classNames) {
            Class<?> type;
            try {
                type = Class.forName(name, false, classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw MappingErrors.classNotLoadable(name, e);
            }
            if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                    || type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class)) {
                classes.add(type);
            }
        }
        return classes;
    }

    private static URLClassLoader classLoader(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new WsMigrateException(ExitCode.MODEL, "entities classpath entry " + classpath.get(i)
                        + " is not a valid location: " + e.getMessage(), e);
            }
        }
        return new URLClassLoader("ws-migrate-entities", urls, EntityModelLoader.class.getClassLoader());
    }

    private static void closeQuietly(URLClassLoader classLoader, Throwable primary) {
        try {
            classLoader.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }
}

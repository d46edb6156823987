package io.wsmigrate.entities;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.SchemaModel;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads the scanned classes, boots the Hibernate of this class's own class loader over them and
 * converts its metadata. Public, and taking only JDK types, because {@link EntityModelLoader} also
 * calls it reflectively inside an {@link IsolatedHibernateLoader}, where it runs on the
 * application's Hibernate.
 */
public final class MappingBuilder {
    private MappingBuilder() {
    }

    /**
     * The mapping of the mapped classes among {@code classNames}, loaded from {@code classLoader};
     * {@code noEntities} gives the error when none of them is an {@code @Entity}. Throws a MODEL
     * error for any load or mapping failure; the caller closes {@code classLoader} then.
     */
    public static HibernateMapping build(List<String> classNames, List<String> packagesWithInfo,
                                         Map<String, String> hibernateProperties, URLClassLoader classLoader,
                                         Supplier<RuntimeException> noEntities) {
        List<Class<?>> classes = loadMapped(classNames, classLoader);
        if (classes.stream().noneMatch(type -> type.isAnnotationPresent(Entity.class))) {
            throw noEntities.get();
        }
        BootedMetadata booted = HibernateBoot.boot(classes, packagesWithInfo, hibernateProperties, classLoader);
        try {
            SchemaModel schema = booted.withContextLoader(() -> new MetadataConverter(
                    booted.metadata(), booted.dialect(), booted.names()).convert());
            return new BootedMapping(booted, schema,
                    hibernateProperties.containsKey(HibernateBoot.DATABASE_MAJOR));
        } catch (RuntimeException e) {
            booted.close();
            throw e instanceof WsMigrateException ? e : MappingErrors.mappingFailed(e);
        }
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
}

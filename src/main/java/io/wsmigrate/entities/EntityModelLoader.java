package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the entity model of a project: scans the packages, loads the mapped classes in a class
 * loader over the project's classpath, boots Hibernate without a database and converts its
 * metadata into a {@link io.wsmigrate.schema.SchemaModel}. When that classpath holds its own
 * hibernate-core, that Hibernate builds the model, in an {@link IsolatedHibernateLoader}; otherwise
 * ws-migrate's own does (ours first, so Hibernate and JPA are the tool's).
 */
public final class EntityModelLoader {
    private static final Logger LOG = LoggerFactory.getLogger(EntityModelLoader.class);

    private EntityModelLoader() {
    }

    /** The model of {@code source}; close it when done. Throws a MODEL error for any scan or mapping failure. */
    public static EntityModel load(EntitySource source) {
        if (source.packages().isEmpty()) {
            throw new WsMigrateException(ExitCode.CONFIG,
                    "no entity packages are configured; list the packages of your @Entity classes in the settings");
        }
        ScannedClasses scanned = EntityScanner.scan(source);
        HibernateOnClasspath hibernate = HibernateOnClasspath.find(source.classpath());
        URL[] urls = urls(source.classpath());
        ClassLoader ours = EntityModelLoader.class.getClassLoader();
        URLClassLoader classLoader = hibernate.isApplications() ? new IsolatedHibernateLoader(urls, ours)
                : new URLClassLoader("ws-migrate-entities", urls, ours);
        Supplier<RuntimeException> noEntities = () -> NoEntities.error(source);
        try {
            long start = System.nanoTime();
            HibernateMapping mapping = hibernate.isApplications()
                    ? buildIsolated(scanned, source.hibernateProperties(), classLoader, noEntities, hibernate)
                    : MappingBuilder.build(scanned.classNames(), scanned.packagesWithInfo(),
                            source.hibernateProperties(), classLoader, noEntities);
            LOG.debug("entity model built by Hibernate {} in {} ms", hibernate.describe(),
                    (System.nanoTime() - start) / 1_000_000);
            return new EntityModel(mapping, hibernate);
        } catch (RuntimeException | Error e) {
            closeQuietly(classLoader, e);
            throw e;
        }
    }

    /** {@link MappingBuilder#build} as defined in the isolated class loader, on the application's Hibernate. */
    private static HibernateMapping buildIsolated(ScannedClasses scanned, Map<String, String> properties,
                                                  URLClassLoader classLoader, Supplier<RuntimeException> noEntities,
                                                  HibernateOnClasspath hibernate) {
        try {
            Class<?> builder = Class.forName(MappingBuilder.class.getName(), true, classLoader);
            return (HibernateMapping) builder.getMethod("build", List.class, List.class, Map.class,
                    URLClassLoader.class, Supplier.class).invoke(null, scanned.classNames(),
                    scanned.packagesWithInfo(), properties, classLoader, noEntities);
        } catch (InvocationTargetException e) {
            throw ApplicationHibernateErrors.translate(e.getCause(), hibernate);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw ApplicationHibernateErrors.translate(e, hibernate);
        }
    }

    private static URL[] urls(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new WsMigrateException(ExitCode.MODEL, "entities classpath entry " + classpath.get(i)
                        + " is not a valid location: " + e.getMessage(), e);
            }
        }
        return urls;
    }

    private static void closeQuietly(URLClassLoader classLoader, Throwable primary) {
        try {
            classLoader.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }
}

package io.wsmigrate.autogen.oracle;

import io.wsmigrate.config.DatabaseSettings;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The oracle for an application's own Hibernate: the SessionFactory of the Hibernate on the
 * application's classpath, started in a class loader of its own over that classpath and the JDBC
 * driver (nothing of ws-migrate's or of its bundled Hibernate in it), creating the schema on an
 * empty database with {@code hbm2ddl.auto=create}.
 */
public final class IsolatedSchemaExport {
    private IsolatedSchemaExport() {
    }

    public static void create(DatabaseSettings database, List<Path> applicationClasspath, List<String> classNames,
                              Map<String, String> settings) {
        List<URL> urls = new ArrayList<>();
        try {
            for (Path entry : applicationClasspath) {
                urls.add(entry.toUri().toURL());
            }
            urls.add(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI().toURL());
        } catch (MalformedURLException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> all = new HashMap<>(settings);
        all.put("hibernate.connection.url", database.url());
        all.put("hibernate.connection.username", database.user());
        all.put("hibernate.connection.password", database.password());
        all.put("hibernate.hbm2ddl.auto", "create");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            loader.loadClass(Inside.class.getName()).getMethod("create", List.class, Map.class)
                    .invoke(null, classNames, all);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the application's Hibernate failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Runs inside the isolated class loader: Hibernate's plain bootstrap, calls that link on 6.x and 7.x. */
    public static final class Inside {
        private Inside() {
        }

        public static void create(List<String> classNames, Map<String, Object> settings) {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                classNames.forEach(sources::addAnnotatedClassName);
                SessionFactory factory = sources.buildMetadata().buildSessionFactory();
                factory.close();
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        }
    }
}

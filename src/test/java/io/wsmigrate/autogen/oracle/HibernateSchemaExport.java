package io.wsmigrate.autogen.oracle;

import io.wsmigrate.config.DatabaseSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The oracle of the round trips: Hibernate's own SessionFactory, started as an application starts
 * it (with a connection, Bean Validation from the classpath, the given settings), creating its
 * schema on an empty database with {@code hbm2ddl.auto=create}. Nothing of ws-migrate takes part.
 */
public final class HibernateSchemaExport {
    private HibernateSchemaExport() {
    }

    /** The same for classes named, loaded by the bundled Hibernate's class loading. */
    public static void createByName(DatabaseSettings database, List<String> classNames, Map<String, String> settings) {
        List<Class<?>> classes = new java.util.ArrayList<>();
        for (String name : classNames) {
            try {
                classes.add(Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        create(database, classes, settings);
    }

    public static void create(DatabaseSettings database, List<Class<?>> classes, Map<String, String> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put("hibernate.connection.url", database.url());
        all.put("hibernate.connection.username", database.user());
        all.put("hibernate.connection.password", database.password());
        all.put("hibernate.hbm2ddl.auto", "create");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                factory.getSchemaManager();
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}

package io.wsmigrate.entities;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A child-first class loader over the application's classpath, in which the application's own
 * Hibernate builds the model. It defines this package's Hibernate-facing classes once more, from
 * ws-migrate's own class files, so that they link against the application's Hibernate; what they
 * hand back crosses to ws-migrate only as {@link HibernateMapping} and plain schema values, which,
 * like the rest of ws-migrate and its logging, come from the parent.
 * <p>
 * Any other class comes from the application's classpath first. Hibernate's own classes
 * ({@code org.hibernate.*}: core, its annotations and models libraries, the validator) come from
 * there only: a mix of two Hibernates cannot work. The general libraries Hibernate needs
 * (byte-buddy, jandex, antlr, classmate, JAXB, the Jakarta APIs) fall back to ws-migrate's when the
 * application's classpath lacks them; their APIs are kept compatible across the versions in use.
 * Resources follow the same rule, except that service files never come from the parent: they would
 * name ws-migrate's Hibernate classes.
 */
final class IsolatedHibernateLoader extends URLClassLoader {
    private static final String OWN_PACKAGE = HibernateMapping.class.getPackageName() + ".";
    /** The one type of this package both sides share. */
    private static final String BOUNDARY = HibernateMapping.class.getName();
    /** What the classes defined here share with ws-migrate: its schema values and root exceptions, its logging. */
    private static final List<String> FROM_PARENT = List.of("io.wsmigrate.schema.", "org.slf4j.", "ch.qos.logback.",
            "org.jboss.logging.");
    private static final String ROOT_PACKAGE = "io.wsmigrate.";
    private static final String HIBERNATE = "org.hibernate.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader parent;

    IsolatedHibernateLoader(URL[] applicationClasspath, ClassLoader parent) {
        super("ws-migrate-application-hibernate", applicationClasspath, parent);
        this.parent = parent;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = find(name);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    private Class<?> find(String name) throws ClassNotFoundException {
        if (name.startsWith(OWN_PACKAGE) && !name.equals(BOUNDARY) && !name.startsWith(BOUNDARY + "$")) {
            return defineOwn(name);
        }
        if (FROM_PARENT.stream().anyMatch(name::startsWith)
                || name.startsWith(ROOT_PACKAGE) && name.indexOf('.', ROOT_PACKAGE.length()) < 0) {
            return parent.loadClass(name);
        }
        try {
            return getPlatformClassLoader().loadClass(name);
        } catch (ClassNotFoundException notJdk) {
            // the application's classpath, below
        }
        try {
            return findClass(name);
        } catch (ClassNotFoundException notInApplication) {
            if (name.startsWith(HIBERNATE)) {
                throw notInApplication;
            }
            return parent.loadClass(name);
        }
    }

    /** This package's class, defined from ws-migrate's own class file so that it links in here. */
    private Class<?> defineOwn(String name) throws ClassNotFoundException {
        String file = name.replace('.', '/') + ".class";
        try (InputStream in = parent.getResourceAsStream(file)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length, IsolatedHibernateLoader.class.getProtectionDomain());
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null || !fromParent(name) ? own : parent.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> own = findResources(name);
        if (!fromParent(name)) {
            return own;
        }
        List<URL> all = Collections.list(own);
        all.addAll(Collections.list(parent.getResources(name)));
        return Collections.enumeration(all);
    }

    private static boolean fromParent(String resource) {
        return !resource.startsWith("META-INF/services/") && !resource.startsWith("org/hibernate/");
    }
}

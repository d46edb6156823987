package io.wsmigrate.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;

/**
 * Hibernate's class loading over the project's class loader, except that it answers at once for
 * the {@code package-info} of a mapped class's package that has none. Hibernate asks for it for
 * every entity it binds, and each miss searched every class loader, throwing an exception in each:
 * a tenth of booting a thousand entities. Which packages have none is looked up once, as a resource
 * of the same class loader, so the answer is the one a class load would give.
 */
final class PackageInfoAwareClassLoading extends ClassLoaderServiceImpl {
    private static final String PACKAGE_INFO = "package-info";

    private final Set<String> absent;

    private PackageInfoAwareClassLoading(ClassLoader classLoader, Set<String> absent) {
        super(classLoader);
        this.absent = Set.copyOf(absent);
    }

    static PackageInfoAwareClassLoading over(ClassLoader classLoader, List<Class<?>> mapped) {
        Set<String> checked = new HashSet<>();
        Set<String> absent = new HashSet<>();
        for (Class<?> type : mapped) {
            String packageName = type.getPackageName();
            String name = packageName.isEmpty() ? PACKAGE_INFO : packageName + "." + PACKAGE_INFO;
            if (checked.add(name) && classLoader.getResource(name.replace('.', '/') + ".class") == null) {
                absent.add(name);
            }
        }
        return new PackageInfoAwareClassLoading(classLoader, absent);
    }

    @Override
    public <T> Class<T> classForName(String className) {
        if (absent.contains(className)) {
            throw new ClassLoadingException("Unable to load class [" + className + "]");
        }
        return super.classForName(className);
    }
}

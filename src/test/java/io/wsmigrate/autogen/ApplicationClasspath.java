package io.wsmigrate.autogen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Classpaths of an application under test: the test classes (its entities) and, for an application
 * on Hibernate 6.6, hibernate-core 6.6 with its dependencies (copied by the build into
 * {@code target/hibernate-6.6}) and the Bean Validation provider an application has beside it, with
 * the jboss-logging 3.6 that provider needs.
 */
final class ApplicationClasspath {
    static final Path HIBERNATE_66 = Path.of("target", "hibernate-6.6").toAbsolutePath();

    private ApplicationClasspath() {
    }

    /** An application with no Hibernate of its own: ws-migrate's bundled one builds its model. */
    static List<Path> withoutHibernate() {
        return List.of(locationOf(ApplicationClasspath.class));
    }

    /** An application on Hibernate 6.6, with everything it needs at run time. */
    static List<Path> onHibernate66() {
        List<Path> classpath = new ArrayList<>(withoutHibernate());
        classpath.addAll(hibernate66Jars());
        classpath.add(locationOf(org.jboss.logging.Logger.class));
        classpath.add(locationOf(jakarta.validation.Validation.class));
        classpath.add(locationOf(org.hibernate.validator.HibernateValidator.class));
        classpath.add(locationOf(org.glassfish.expressly.ExpressionFactoryImpl.class));
        classpath.add(locationOf(jakarta.el.ELManager.class));
        return classpath;
    }

    static List<Path> hibernate66Jars() {
        try (Stream<Path> jars = Files.list(HIBERNATE_66)) {
            List<Path> found = jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
            if (found.stream().noneMatch(jar -> jar.getFileName().toString().startsWith("hibernate-core-6.6"))) {
                throw new IllegalStateException(HIBERNATE_66 + " holds no hibernate-core 6.6; run mvn test-compile");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(HIBERNATE_66 + " is missing; run mvn generate-test-resources", e);
        }
    }

    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

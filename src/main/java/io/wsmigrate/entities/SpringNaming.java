package io.wsmigrate.entities;

import java.util.Map;
import java.util.Set;

/**
 * Spring Boot's naming strategies when Spring Boot is not on the entities' classpath. A Spring
 * Boot application's settings name Spring's implicit strategy (Spring Boot applies it by
 * default); ws-migrate then uses {@link SpringImplicitNaming}, which names things alike, so that
 * the classpath needs the entities and not the whole of Spring Boot. Spring Boot's physical
 * default, {@code CamelCaseToUnderscoresNamingStrategy}, is Hibernate's own class.
 */
final class SpringNaming {
    static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    /** Spring Boot 1.4 to 3.x, and Spring Boot 4. */
    static final Set<String> SPRING_IMPLICIT = Set.of(
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy");

    private SpringNaming() {
    }

    /** Replaces a Spring implicit strategy that {@code classLoader} cannot load with ws-migrate's equal one. */
    static void substitute(Map<String, Object> settings, ClassLoader classLoader) {
        Object implicit = settings.get(IMPLICIT);
        if (implicit instanceof String name && SPRING_IMPLICIT.contains(name.strip()) && !loadable(name.strip(), classLoader)) {
            settings.put(IMPLICIT, new SpringImplicitNaming());
        }
    }

    private static boolean loadable(String name, ClassLoader classLoader) {
        try {
            Class.forName(name, false, classLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

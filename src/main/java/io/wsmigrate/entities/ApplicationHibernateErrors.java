package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.util.List;

/**
 * Failures of the application's Hibernate in its isolated class loader → one line that says what
 * to do. A class of Hibernate or of the libraries hibernate-core needs that it cannot find is a
 * dependency missing from the classpath (Hibernate's own libraries never come from ws-migrate's
 * copy); any other is the application's, named as the bundled Hibernate names it; a missing method
 * means a Hibernate whose API ws-migrate cannot drive.
 */
final class ApplicationHibernateErrors {
    /** Packages of the libraries hibernate-core itself needs (its pom's runtime dependencies). */
    private static final List<String> HIBERNATE_LIBRARIES = List.of("net.bytebuddy.", "org.jboss.jandex.",
            "com.fasterxml.classmate.", "org.antlr.", "org.jboss.logging.", "jakarta.persistence.",
            "jakarta.transaction.", "jakarta.inject.", "jakarta.xml.bind.", "jakarta.activation.",
            "org.glassfish.jaxb.");

    private ApplicationHibernateErrors() {
    }

    static RuntimeException translate(Throwable failure, HibernateOnClasspath hibernate) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                if (MissingClass.in(t).filter(name -> !ofHibernatesLibraries(name)).isPresent()) {
                    // not Hibernate's own: a class the entities name (a generator by its name, say) or their libraries
                    return MappingErrors.mappingFailed(failure);
                }
                String missing = t.getMessage() == null ? "a class" : t.getMessage().replace('/', '.');
                return new WsMigrateException(ExitCode.MODEL, "the application's Hibernate " + hibernate.describe()
                        + " needs " + missing + ", which is not on migrations.classpath; add the jars hibernate-core"
                        + " depends on (such as hibernate-commons-annotations or hibernate-models) to it, or, if the"
                        + " entities name that class, compile them against this Hibernate", failure);
            }
            if (t instanceof NoSuchMethodError || t instanceof NoSuchFieldError || t instanceof AbstractMethodError) {
                return new WsMigrateException(ExitCode.MODEL, "ws-migrate cannot build the model with the"
                        + " application's Hibernate " + hibernate.describe() + ": " + t.getMessage()
                        + "; use Hibernate 6.6 or 7.x, or leave hibernate-core off migrations.classpath to use"
                        + " ws-migrate's own " + HibernateOnClasspath.bundled().version(), failure);
            }
        }
        if (failure instanceof WsMigrateException known) {
            return known;
        }
        if (failure instanceof RuntimeException || failure instanceof Error) {
            return MappingErrors.mappingFailed(failure);
        }
        return new WsMigrateException(ExitCode.MODEL, "the application's Hibernate " + hibernate.describe()
                + " cannot start: " + MappingErrors.reasons(failure), failure);
    }

    private static boolean ofHibernatesLibraries(String className) {
        return HIBERNATE_LIBRARIES.stream().anyMatch(className::startsWith);
    }
}

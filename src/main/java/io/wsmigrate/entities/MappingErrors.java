package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.service.UnknownServiceException;

/** Hibernate's boot failures → one-line {@link WsMigrateException}s that name the class and the reason. */
final class MappingErrors {
    private static final int MAX_CAUSES = 3;

    private MappingErrors() {
    }

    static WsMigrateException mappingFailed(Throwable failure) {
        return mappingFailed(failure, Map.of());
    }

    /** As above; a missing class that one of the project's Hibernate {@code properties} names is said to be theirs. */
    static WsMigrateException mappingFailed(Throwable failure, Map<String, String> properties) {
        Optional<String> missing = MissingClass.in(failure);
        if (missing.isPresent()) {
            String name = missing.get();
            String setting = MissingClass.settingNaming(name, properties)
                    .map(key -> "the Hibernate setting " + key + " names " + name + ", which is not on the classpath;"
                            + " add the jar or folder that holds it to migrations.classpath, or fix the class name")
                    .orElse("Hibernate cannot map the entity classes: they need " + name + ", which is not on the"
                            + " classpath; add the jar or folder that holds it to migrations.classpath");
            return new WsMigrateException(ExitCode.MODEL, setting, failure);
        }
        // a missing class or method: the app's jar (an Envers or integrator jar, say) was built for another Hibernate
        LinkageError linkage = cause(failure, LinkageError.class);
        if (linkage != null) {
            return new WsMigrateException(ExitCode.MODEL, "Hibernate cannot map the entity classes: "
                    + reasons(failure) + thrownIn(linkage) + "; a class on the entities classpath was compiled against"
                    + " another Hibernate than ws-migrate's " + org.hibernate.Version.getVersionString()
                    + ": use its version built for this Hibernate, or leave its jar off the classpath", failure);
        }
        UnknownServiceException unknown = cause(failure, UnknownServiceException.class);
        if (unknown != null) {
            // an entity's code (an identifier generator, say) asked for a service the application registers itself
            return new WsMigrateException(ExitCode.MODEL, "Hibernate cannot map the entity classes: "
                    + reasons(failure) + "; the application adds " + unknown.getServiceRole().getName()
                    + " to Hibernate's service registry in its own code: put a jar whose ServiceContributor adds it (named in"
                    + " META-INF/services/org.hibernate.service.spi.ServiceContributor) on migrations.classpath",
                    failure);
        }
        return new WsMigrateException(ExitCode.MODEL, "Hibernate cannot map the entity classes: "
                + reasons(failure) + "; fix the mapping and run again", failure);
    }

    /** The failure itself or its first cause of {@code type}; null if none is. */
    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String thrownIn(LinkageError error) {
        StackTraceElement[] frames = error.getStackTrace();
        for (StackTraceElement frame : frames) {
            if (!frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("jdk.")) {
                return " in " + frame.getClassName();
            }
        }
        return "";
    }

    static WsMigrateException classNotLoadable(String className, Throwable failure) {
        Optional<String> missing = MissingClass.in(failure).filter(name -> !name.equals(className));
        if (missing.isPresent()) {
            return new WsMigrateException(ExitCode.MODEL, "cannot load entity class " + className + ": it needs "
                    + missing.get() + ", which is not on the classpath; add the jar or folder that holds it to"
                    + " migrations.classpath", failure);
        }
        return new WsMigrateException(ExitCode.MODEL, "cannot load entity class " + className + ": "
                + reasons(failure) + "; add the classes it needs to the entities classpath", failure);
    }

    /** The messages of the failure and its causes, each once, joined on one line. */
    static String reasons(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < MAX_CAUSES; t = t.getCause()) {
            String text = describe(t);
            if (parts.stream().noneMatch(part -> part.contains(text))) {
                parts.add(text);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return String.join(" (caused by: ", parts) + ")".repeat(parts.size() - 1);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        String name = t.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return name;
        }
        String oneLine = message.replaceAll("\\s+", " ").trim();
        boolean plainHibernate = t.getClass().getName().startsWith("org.hibernate.");
        return plainHibernate ? oneLine : name + ": " + oneLine;
    }
}

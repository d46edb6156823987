package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.util.ArrayList;
import java.util.List;

/** Hibernate's boot failures → one-line {@link WsMigrateException}s that name the class and the reason. */
final class MappingErrors {
    private static final int MAX_CAUSES = 3;

    private MappingErrors() {
    }

    static WsMigrateException mappingFailed(Throwable failure) {
        return new WsMigrateException(ExitCode.MODEL, "Hibernate cannot map the entity classes: "
                + reasons(failure) + "; fix the mapping and run again", failure);
    }

    static WsMigrateException classNotLoadable(String className, Throwable failure) {
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

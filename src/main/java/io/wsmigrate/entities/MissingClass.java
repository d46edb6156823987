package io.wsmigrate.entities;

import java.util.Map;
import java.util.Optional;

/**
 * Finds, in a failure however Hibernate or reflection wrapped it ({@code InvocationTargetException},
 * {@code TypeNotPresentException}, Hibernate's class-loading exceptions), the class that was not on
 * the classpath, so the message names it and says where to add it instead of blaming the mapping.
 * A missing Hibernate class is not reported here: that is a jar built for another Hibernate.
 */
final class MissingClass {
    private MissingClass() {
    }

    /** The binary name of the first class in the chain that could not be found, if any. */
    static Optional<String> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = missingName(t);
            if (name != null && !name.isBlank()) {
                // Hibernate writes "Could not load requested class : com.example.Money"
                String binary = name.strip().replaceAll(".*[\\s:\\[]", "").replace("]", "").replace('/', '.');
                return binary.startsWith("org.hibernate.") ? Optional.empty() : Optional.of(binary);
            }
        }
        return Optional.empty();
    }

    private static String missingName(Throwable t) {
        if (t instanceof TypeNotPresentException notPresent) {
            return notPresent.typeName();
        }
        if (t instanceof ClassNotFoundException && t.getMessage() != null) {
            return t.getMessage();
        }
        // "Could not initialize class X" is a class whose static initializer failed, not a missing one
        if (t instanceof NoClassDefFoundError && t.getMessage() != null && !t.getMessage().startsWith("Could not")) {
            return t.getMessage();
        }
        return null;
    }

    /** The Hibernate setting whose value is {@code className} (a naming strategy, say), if one is. */
    static Optional<String> settingNaming(String className, Map<String, String> properties) {
        return properties.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().strip().equals(className))
                .map(Map.Entry::getKey).sorted().findFirst();
    }
}

package io.wsmigrate.liquibase;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.serializer.LiquibaseSerializable;

/**
 * Finds attributes Liquibase would silently ignore: a misspelt {@code nulable: false} must not
 * quietly create a nullable column. Checks the change's own attributes and, recursively, those of
 * its nested objects (columns, constraints), against the names Liquibase reads.
 */
final class AttributeChecker {
    private AttributeChecker() {
    }

    /** {@code customChange} passes any attribute on to the user's class. */
    static void check(ChangeEntry entry, Change loaded, ChangeFactory factory) {
        if (loaded instanceof CustomChangeWrapper) {
            return;
        }
        Set<String> known = new TreeSet<>(loaded.getSerializableFields());
        known.addAll(factory.getChangeMetaData(loaded).getParameters().keySet());
        check(entry.attributes(), loaded, known, entry.type());
    }

    private static void check(Map<String, Object> attributes, LiquibaseSerializable target, Set<String> known,
                              String path) {
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            if (!known.contains(key)) {
                throw new ChangeException("unknown attribute '" + key + "' in " + path + "; Liquibase reads only "
                        + String.join(", ", known));
            }
            checkNested(attribute.getValue(), target.getSerializableFieldValue(key), path + "." + key);
        }
    }

    private static void checkNested(Object value, Object loaded, String path) {
        if (value instanceof Map && loaded instanceof LiquibaseSerializable) {
            checkObject(asMap(value), (LiquibaseSerializable) loaded, path);
        } else if (value instanceof List && loaded instanceof Collection) {
            List<?> items = (List<?>) value;
            List<?> objects = List.copyOf((Collection<?>) loaded);
            if (items.size() != objects.size()) {
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Map && objects.get(i) instanceof LiquibaseSerializable) {
                    checkItem(asMap(items.get(i)), (LiquibaseSerializable) objects.get(i), path + "[" + i + "]");
                }
            }
        }
    }

    /** A list item is either {@code {column: {...}}} (wrapped in the object's name) or the object itself. */
    private static void checkItem(Map<String, Object> item, LiquibaseSerializable object, String path) {
        String wrapper = object.getSerializedObjectName();
        if (item.size() == 1 && item.containsKey(wrapper) && item.get(wrapper) instanceof Map) {
            checkObject(asMap(item.get(wrapper)), object, path + "." + wrapper);
        } else {
            checkObject(item, object, path);
        }
    }

    private static void checkObject(Map<String, Object> attributes, LiquibaseSerializable object, String path) {
        check(attributes, object, new TreeSet<>(object.getSerializableFields()), path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}

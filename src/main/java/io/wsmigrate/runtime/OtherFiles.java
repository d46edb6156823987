package io.wsmigrate.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether change entries read anything besides their revision file: a SQL file ({@code sqlFile},
 * {@code createView} or {@code createProcedure} with {@code path}), data ({@code loadData}, a
 * column's {@code valueClobFile}), a class ({@code customChange}). Their SQL can change while the
 * revision file does not, so it is compiled on every run, never remembered. Errs on the side of
 * "yes": an attribute of that name anywhere in an entry is enough.
 */
final class OtherFiles {
    private static final Set<String> TYPES = Set.of("sqlFile", "loadData", "loadUpdateData", "customChange");
    private static final Set<String> ATTRIBUTES = Set.of("path", "file", "valueBlobFile", "valueClobFile",
            "relativeToChangelogFile", "class");

    private OtherFiles() {
    }

    static boolean readBy(List<Map<String, Object>> entries) {
        for (Map<String, Object> entry : entries) {
            if (entry.keySet().stream().anyMatch(TYPES::contains) || namesAFile(entry.values())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAFile(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(ATTRIBUTES::contains) || namesAFile(map.values());
        }
        if (value instanceof Iterable<?> values) {
            for (Object nested : values) {
                if (namesAFile(nested)) {
                    return true;
                }
            }
        }
        return false;
    }
}

package io.wsmigrate.runtime;

import io.wsmigrate.script.RevisionScript;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A revision split between a fleet's shared schemas and its tenants. An entry whose own object is
 * in a shared schema ({@code schemaName}, or a foreign key's {@code baseTableSchemaName}) is the
 * shared part, run once for the fleet; every other entry (unqualified, raw {@code sql}) is the
 * tenants' part, run in each tenant. A tenant's foreign key to a shared table is the tenant's.
 * Both parts keep the file's checksum: the version rows record the revision, not the part.
 */
public final class SharedChanges {
    private static final List<String> OWN_SCHEMA_KEYS = List.of("schemaName", "baseTableSchemaName");
    private final Set<String> schemas;

    public SharedChanges(Collection<String> sharedSchemas) {
        this.schemas = sharedSchemas.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** Whether {@code entry} (a single-key map, as in a revision file) changes an object of a shared schema. */
    public boolean isShared(Map<String, Object> entry) {
        if (entry.size() != 1 || !(entry.values().iterator().next() instanceof Map<?, ?> attributes)) {
            return false;
        }
        for (String key : OWN_SCHEMA_KEYS) {
            if (attributes.get(key) instanceof String schema) {
                return schemas.contains(schema.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether either direction of {@code script} has a shared entry. */
    public boolean hasShared(RevisionScript script) {
        return script.upgrade().stream().anyMatch(this::isShared)
                || script.downgrade().stream().anyMatch(this::isShared);
    }

    /** {@code script} with only its shared entries. */
    public RevisionScript sharedPart(RevisionScript script) {
        return part(script, true);
    }

    /** {@code script} without its shared entries. */
    public RevisionScript tenantPart(RevisionScript script) {
        return part(script, false);
    }

    private RevisionScript part(RevisionScript script, boolean shared) {
        return new RevisionScript(script.revision(),
                script.upgrade().stream().filter(e -> isShared(e) == shared).toList(),
                script.downgrade().stream().filter(e -> isShared(e) == shared).toList(),
                script.transactional(), script.checksum(), script.path());
    }
}

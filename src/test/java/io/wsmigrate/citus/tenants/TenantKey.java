package io.wsmigrate.citus.tenants;

import java.io.Serializable;
import java.util.Objects;

/** The key of a tenant's row: Citus needs the distribution column in every primary key. */
public class TenantKey implements Serializable {
    private Long tenantId;
    private Long id;

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantKey key && Objects.equals(tenantId, key.tenantId) && Objects.equals(id, key.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, id);
    }
}

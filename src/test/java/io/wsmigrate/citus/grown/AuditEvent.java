package io.wsmigrate.citus.grown;

import io.wsmigrate.citus.tenants.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What happened in a tenant's account: a new table distributed by tenant_id without foreign keys, so
 * that its colocation may change (the settings put it with the tenants, or in a group of its own).
 */
@Entity
@Table(name = "audit_events")
@IdClass(TenantKey.class)
public class AuditEvent {
    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    @Id
    private Long id;

    @Column(nullable = false)
    private String action;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;
}

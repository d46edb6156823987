package io.wsmigrate.citus.grown;

import io.wsmigrate.citus.tenants.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A tenant's order, distributed by tenant_id and colocated with its tenant; now with a note. */
@Entity
@Table(name = "orders")
@IdClass(TenantKey.class)
public class TenantOrder {
    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tenant_id", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "orders_tenant_fk"))
    private Tenant tenant;

    @ManyToOne
    @JoinColumn(name = "country_code", foreignKey = @ForeignKey(name = "orders_country_fk"))
    private Country country;

    @Column(nullable = false)
    private String status;

    @Column(columnDefinition = "text")
    private String note;
}

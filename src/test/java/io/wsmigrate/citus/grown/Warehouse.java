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

/** A tenant's warehouse: a new table distributed by tenant_id, colocated with the tenants, in a country. */
@Entity
@Table(name = "warehouses")
@IdClass(TenantKey.class)
public class Warehouse {
    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tenant_id", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "warehouses_tenant_fk"))
    private Tenant tenant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code", foreignKey = @ForeignKey(name = "warehouses_country_fk"))
    private Country country;

    @Column(nullable = false)
    private String name;
}

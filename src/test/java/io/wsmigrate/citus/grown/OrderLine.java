package io.wsmigrate.citus.grown;

import io.wsmigrate.citus.tenants.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of an order, distributed by tenant_id and colocated with the orders. */
@Entity
@Table(name = "order_lines")
@IdClass(TenantKey.class)
public class OrderLine {
    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    @Id
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @ManyToOne(optional = false)
    @JoinColumns(value = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id", insertable = false, updatable = false),
        @JoinColumn(name = "order_id", referencedColumnName = "id", insertable = false, updatable = false)},
            foreignKey = @ForeignKey(name = "order_lines_order_fk"))
    private TenantOrder order;

    @Column(nullable = false)
    private int quantity;
}

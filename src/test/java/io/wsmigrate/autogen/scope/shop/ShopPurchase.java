package io.wsmigrate.autogen.scope.shop;

import io.wsmigrate.autogen.scope.billing.BillingInvoice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A purchase of a customer, invoiced by the billing package. */
@Entity
@Table(name = "shop_purchase")
public class ShopPurchase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private ShopCustomer customer;

    @ManyToOne
    @JoinColumn(name = "invoice_id")
    private BillingInvoice invoice;

    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal total;
}

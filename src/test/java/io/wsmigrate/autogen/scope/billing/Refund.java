package io.wsmigrate.autogen.scope.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** Referenced by no other entity, so a test can remove its class to remove the entity; its ids come from a sequence. */
@Entity
public class Refund {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id")
    private BillingInvoice invoice;

    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal amount;
}

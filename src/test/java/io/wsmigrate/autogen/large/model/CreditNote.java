package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A table-per-class subclass that references a sibling's table. */
@Entity
public class CreditNote extends Document {
    @ManyToOne
    @JoinColumn(name = "invoice_id")
    private InvoiceDocument invoice;

    @Column(columnDefinition = "text")
    private String reason;
}

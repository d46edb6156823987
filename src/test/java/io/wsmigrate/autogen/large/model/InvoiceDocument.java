package io.wsmigrate.autogen.large.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A table-per-class subclass: the root's columns repeated in its own table. */
@Entity
@Table(name = "invoice")
public class InvoiceDocument extends Document {
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_due", precision = 19, scale = 4))
    @AttributeOverride(name = "currency", column = @Column(name = "amount_currency", columnDefinition = "char(3)"))
    private Money amountDue;
}

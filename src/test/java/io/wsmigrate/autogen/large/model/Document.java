package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;

/** Root of a table-per-class hierarchy: no table of its own, ids from one shared sequence. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_ids")
    @SequenceGenerator(name = "document_ids", sequenceName = "document_seq", allocationSize = 10, initialValue = 1000)
    private Long id;

    @Column(nullable = false, length = 30)
    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @ManyToOne
    @JoinColumn(name = "order_id")
    private Order order;
}

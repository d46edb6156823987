package io.wsmigrate.citus.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

/**
 * A price in a currency: a local table whose foreign key to the reference table makes Citus turn it
 * into a Citus local table, which drops its comments.
 */
@Entity
@Table(name = "prices")
@Comment("Prices of the catalogue")
public class Price {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false)
    @Comment("in cents")
    private long amount;

    @ManyToOne(optional = false)
    @JoinColumn(name = "currency_code", foreignKey = @ForeignKey(name = "prices_currency_fk"))
    private Currency currency;
}

package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A joined subclass with its own key column name. */
@Entity
@PrimaryKeyJoinColumn(name = "payment_id")
public class CardPayment extends Payment {
    @Column(name = "last_four", columnDefinition = "char(4)", nullable = false)
    private String lastFour;

    @Column(length = 20)
    private String brand;
}

package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A joined subclass keyed by the root's column name. */
@Entity
public class BankTransfer extends Payment {
    @Column(length = 34, nullable = false)
    private String iban;

    private String reference;
}

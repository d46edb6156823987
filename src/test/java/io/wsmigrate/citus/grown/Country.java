package io.wsmigrate.citus.grown;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country: the same for every tenant, a Citus reference table; now with its alpha-3 code. */
@Entity
@Table(name = "countries")
public class Country {
    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(length = 3)
    private String iso3;
}

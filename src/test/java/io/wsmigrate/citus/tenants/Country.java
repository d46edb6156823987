package io.wsmigrate.citus.tenants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country: the same for every tenant, a Citus reference table. */
@Entity
@Table(name = "countries")
public class Country {
    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false)
    private String name;
}

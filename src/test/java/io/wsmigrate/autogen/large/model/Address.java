package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address. */
@Embeddable
public class Address {
    private String street;

    @Column(length = 100)
    private String city;

    @Column(name = "postal_code", length = 16)
    private String postalCode;

    @Column(name = "country_code", length = 2)
    private String countryCode;
}

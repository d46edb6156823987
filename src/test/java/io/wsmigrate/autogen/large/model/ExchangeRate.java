package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.math.BigDecimal;

/** A three-part @IdClass key. */
@Entity
@IdClass(ExchangeRateId.class)
public class ExchangeRate {
    @Id
    @Column(length = 3)
    private String base;

    @Id
    @Column(length = 3)
    private String quote;

    @Id
    private java.time.LocalDate day;

    @Column(precision = 18, scale = 8, nullable = false)
    private BigDecimal rate;
}

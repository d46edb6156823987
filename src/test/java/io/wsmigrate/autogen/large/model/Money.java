package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An amount in a currency. */
@Embeddable
public class Money {
    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(columnDefinition = "char(3)")
    private String currency;
}

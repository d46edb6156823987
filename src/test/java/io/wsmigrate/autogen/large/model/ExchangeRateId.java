package io.wsmigrate.autogen.large.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The @IdClass of an exchange rate. */
public class ExchangeRateId implements Serializable {
    private String base;

    private String quote;

    private LocalDate day;

    @Override
    public boolean equals(Object other) {
        return other instanceof ExchangeRateId id && Objects.equals(id.base, base) && Objects.equals(id.quote, quote)
                && Objects.equals(id.day, day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, quote, day);
    }
}

package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.annotations.Check;

/** An assigned string id written as a column definition, table checks between columns. */
@Entity
@Check(constraints = "valid_until >= valid_from")
@Check(name = "coupon_percent_range", constraints = "percent between 1 and 100")
@SuppressWarnings("deprecation")
public class Coupon {
    @Id
    @Column(columnDefinition = "varchar(32) not null")
    private String code;

    private short percent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "max_uses", columnDefinition = "integer default 1 not null")
    private int maxUses;
}

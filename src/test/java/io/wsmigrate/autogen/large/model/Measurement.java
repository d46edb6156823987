package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Numeric and temporal kinds, integer arrays and a list mapped as an array. */
@Entity
public class Measurement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private double reading;

    private float ratio;

    private BigInteger counter;

    private BigDecimal unscaled;

    @Column(precision = 5, scale = 0)
    private BigDecimal wholeNumber;

    private byte level;

    private Boolean flagged;

    private int[] samples;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<Long> history;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "local_taken_at")
    private ZonedDateTime localTakenAt;

    private char grade;
}

package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Types and defaults whose PostgreSQL spelling differs most from what Hibernate writes. */
@Entity
public class TypeZoo {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    private Duration elapsed;

    @Column(name = "opens_at")
    private OffsetTime opensAt;

    @Column(name = "stamped_at", secondPrecision = 3)
    private Instant stampedAt;

    @Column(precision = 5)
    private double approximate;

    @Column(precision = 15)
    private Double precise;

    @Column(length = 20_000_000)
    private String huge;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 2)
    private String flag;

    private Year vintage;

    @Column(name = "zone")
    private ZoneId zone;

    private Locale locale;

    private URL homepage;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> labels;

    @Column(columnDefinition = "text[]")
    private List<String> lines;

    @ColumnDefault("1.50")
    @Column(precision = 6, scale = 2)
    private BigDecimal fee;

    @ColumnDefault("-1")
    private int sentinel;

    @ColumnDefault("'pending'")
    @Column(length = 20)
    private String state;

    @ColumnDefault("'{}'")
    private String[] aliases;

    @ColumnDefault("'{}'::jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    private String document;

    @ColumnDefault("gen_random_uuid()")
    @Column(name = "public_id", nullable = false, unique = true)
    private UUID publicId;

    @ColumnDefault("false")
    private Boolean archived;

    @ColumnDefault("now()")
    @Column(name = "touched_at")
    private Instant touchedAt;
}

package io.wsmigrate.citus.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

/** A currency, the same everywhere: a Citus reference table with comments. */
@Entity
@Table(name = "currencies")
@Comment("ISO 4217 currencies")
public class Currency {
    @Id
    @Column(length = 3)
    private String code;

    @Column(nullable = false)
    @Comment("the English name")
    private String name;
}

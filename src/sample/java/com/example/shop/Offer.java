package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

/** A time-limited deal on a product: the seed's "Adding Offer model for managing deals". */
@Entity
@Table(name = "offer", indexes = @Index(name = "offer_valid_until_idx", columnList = "valid_until"))
@Comment("Time-limited deals on products")
public class Offer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, foreignKey = @ForeignKey(name = "offer_product_fk"))
    private Product product;

    @Column(name = "discount_percent", nullable = false)
    @ColumnDefault("10")
    private int discountPercent;

    @Column(name = "valid_until", nullable = false)
    private OffsetDateTime validUntil;

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public int getDiscountPercent() {
        return discountPercent;
    }

    public OffsetDateTime getValidUntil() {
        return validUntil;
    }
}

package io.wsmigrate.autogen.large.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import java.util.Map;

/** A map element collection (key column + value column) and a one-to-one owner. */
@Entity
public class Wishlist {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne
    @JoinColumn(name = "owner_id", nullable = false)
    private User owner;

    @ElementCollection
    @CollectionTable(name = "wishlist_entry", joinColumns = @JoinColumn(name = "wishlist_id"))
    @MapKeyColumn(name = "sku", length = 40)
    @Column(name = "wanted_quantity")
    private Map<String, Integer> entries;
}

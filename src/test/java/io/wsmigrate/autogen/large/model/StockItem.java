package io.wsmigrate.autogen.large.model;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnDefault;

/** An embedded id made of two @MapsId associations, and an integer @Version. */
@Entity
public class StockItem {
    @EmbeddedId
    private StockItemId id;

    @MapsId("warehouseId")
    @ManyToOne
    @JoinColumn(name = "warehouse_id")
    private Warehouse warehouse;

    @MapsId("productId")
    @ManyToOne
    @JoinColumn(name = "product_id")
    private Product product;

    @ColumnDefault("0")
    private int quantity;

    @Version
    private Integer revision;
}

package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a stock item: both parts map associations. */
@Embeddable
public class StockItemId implements Serializable {
    private Integer warehouseId;

    private UUID productId;

    @Override
    public boolean equals(Object other) {
        return other instanceof StockItemId id && Objects.equals(id.warehouseId, warehouseId)
                && Objects.equals(id.productId, productId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseId, productId);
    }
}

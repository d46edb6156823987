package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The composite key of an order line. */
@Embeddable
public class OrderLineId implements Serializable {
    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "line_no")
    private int lineNo;

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLineId id && id.lineNo == lineNo && java.util.Objects.equals(id.orderId, orderId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(orderId, lineNo);
    }
}

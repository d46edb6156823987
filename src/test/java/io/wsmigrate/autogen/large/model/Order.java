package io.wsmigrate.autogen.large.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.Check;

/** A reserved word as table name, a sequence with a block size, embedded values, a desc index. */
@Entity
@Table(name = "\"order\"",
        indexes = @Index(name = "order_customer_placed_idx", columnList = "customer_id, placed_at desc"))
@Check(name = "order_total_positive", constraints = "total_amount >= 0")
@SuppressWarnings("deprecation")
public class Order extends Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_ids")
    @SequenceGenerator(name = "order_ids", sequenceName = "order_id_seq", allocationSize = 20)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private User customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount", precision = 19, scale = 4))
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency", columnDefinition = "char(3)"))
    private Money total;

    @Embedded
    private Address shipping;

    @Column(name = "placed_at")
    private OffsetDateTime placedAt;

    @OneToMany(mappedBy = "order")
    private List<OrderLine> lines;
}

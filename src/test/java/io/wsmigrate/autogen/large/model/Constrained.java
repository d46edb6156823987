package io.wsmigrate.autogen.large.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.PrimaryKeyJoinColumn;

/**
 * Checks PostgreSQL rewrites (LIKE, IN, casts, OR/IS NULL), foreign keys named, suppressed and
 * hand-defined, a secondary table and a table-backed id generator.
 */
@Entity
@Table(check = {
        @CheckConstraint(name = "constrained_email_like", constraint = "email like '%@%'"),
        @CheckConstraint(name = "constrained_code_upper", constraint = "upper(code) = code"),
        @CheckConstraint(name = "constrained_level_in", constraint = "level in (1, 2, 3)"),
        @CheckConstraint(name = "constrained_window", constraint = "ends_at is null or ends_at > starts_at"),
        @CheckConstraint(name = "constrained_name_length", constraint = "char_length(name) between 1 and 40")})
@SecondaryTable(name = "constrained_detail", pkJoinColumns = @PrimaryKeyJoinColumn(name = "constrained_id"))
public class Constrained {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "constrained_ids")
    @TableGenerator(name = "constrained_ids", table = "id_blocks", pkColumnName = "block_name",
            valueColumnName = "next_value", allocationSize = 25)
    private Long id;

    @Column(length = 120)
    private String email;

    @Column(length = 10)
    private String code;

    private Integer level;

    @Column(length = 40)
    private String name;

    @Column(name = "starts_at")
    private java.time.LocalDateTime startsAt;

    @Column(name = "ends_at")
    private java.time.LocalDateTime endsAt;

    @ManyToOne
    @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "constrained_owner_fk"))
    private User owner;

    @ManyToOne
    @JoinColumn(name = "loose_product_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Product looseProduct;

    @ManyToOne
    @JoinColumn(name = "warehouse_id", foreignKey = @ForeignKey(name = "constrained_warehouse_fk",
            foreignKeyDefinition = "foreign key (warehouse_id) references warehouse on delete set null"))
    private Warehouse warehouse;

    @Column(table = "constrained_detail", name = "notes", columnDefinition = "text")
    private String notes;

    @Column(table = "constrained_detail", name = "score")
    private Integer score;
}

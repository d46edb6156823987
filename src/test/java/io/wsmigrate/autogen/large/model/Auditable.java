package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;

/** Audit columns and optimistic locking shared by most entities. */
@MappedSuperclass
public abstract class Auditable {
    @Column(name = "created_at", nullable = false)
    @ColumnDefault("current_timestamp")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "created_by", length = 80)
    private String createdBy;

    @Version
    private long version;
}

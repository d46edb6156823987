package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A database-generated UUID key in a column definition, a partial-looking two-column index. */
@Entity
@Table(indexes = @Index(name = "api_key_owner_expires_idx", columnList = "owner_id, expires_at"))
public class ApiKey {
    @Id
    @Column(columnDefinition = "uuid default gen_random_uuid()")
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id")
    private User owner;

    @Column(name = "secret_hash", nullable = false, columnDefinition = "bytea")
    private byte[] secretHash;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    private String[] scopes;
}

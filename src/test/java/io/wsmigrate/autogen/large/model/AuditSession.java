package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A UUID-keyed table in the audit schema. */
@Entity
@Table(schema = "audit", name = "audit_session")
public class AuditSession {
    @Id
    @GeneratedValue
    private UUID id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "client_address", columnDefinition = "inet")
    private String clientAddress;
}

package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** In the default schema, referencing a table of the audit schema. */
@Entity
public class LoginAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "session_id")
    private AuditSession session;

    private boolean succeeded;

    @jakarta.persistence.Column(name = "attempted_at")
    private Instant attemptedAt;
}

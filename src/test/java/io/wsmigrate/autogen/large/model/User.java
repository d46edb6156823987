package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A reserved word as table name, identity id, enums both ways, an array and jsonb. */
@Entity
@Table(name = "\"user\"", indexes = @Index(name = "user_status_idx", columnList = "status, created_at desc"))
@SuppressWarnings("deprecation")
@Comment("People who can sign in")
public class User extends Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", length = 120)
    @Comment("Shown next to reviews")
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UserStatus status;

    @Enumerated(EnumType.ORDINAL)
    private Role role;

    private String[] nicknames;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> preferences;
}

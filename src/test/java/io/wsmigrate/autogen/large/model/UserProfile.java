package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;

/** Shares its primary key with its user (@MapsId); large objects. */
@Entity
public class UserProfile {
    @Id
    private Long id;

    @MapsId
    @OneToOne
    @JoinColumn(name = "user_id")
    private User user;

    @Lob
    private String biography;

    @Lob
    private byte[] avatar;

    private LocalDate birthday;
}

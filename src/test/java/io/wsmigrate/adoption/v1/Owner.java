package io.wsmigrate.adoption.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "owner")
public class Owner {
    @Id
    private Long id;

    @Column(name = "email", nullable = false, unique = true, length = 200)
    private String email;
}

package io.wsmigrate.citus.grown;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A tenant; its id is the distribution column of every tenant's table. Numbered from a sequence, not an identity. */
@Entity
@Table(name = "tenants")
public class Tenant {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenants_seq")
    @SequenceGenerator(name = "tenants_seq", sequenceName = "tenants_seq")
    private Long id;

    private String name;
}

package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;
import org.hibernate.annotations.NaturalId;

/** A natural id and a one-to-many owned by the other side. */
@Entity
public class Supplier {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @NaturalId
    @Column(name = "vat_number", length = 20)
    private String vatNumber;

    @Column(nullable = false)
    private String name;

    @OneToMany(mappedBy = "supplier")
    private List<SupplierContact> contacts;
}

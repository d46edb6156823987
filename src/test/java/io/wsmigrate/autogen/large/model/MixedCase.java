package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Quoted mixed-case names of a table and its columns, and a quoted reserved word as a column. */
@Entity
@Table(name = "\"MixedCase\"", indexes = @Index(name = "mixed_case_label_idx", columnList = "\"LabelText\""))
public class MixedCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "\"Id\"")
    private Long id;

    @Column(name = "\"LabelText\"", length = 100)
    private String labelText;

    @Column(name = "\"select\"")
    private Integer select;

    @ManyToOne
    @JoinColumn(name = "\"OwnerId\"")
    private User owner;
}

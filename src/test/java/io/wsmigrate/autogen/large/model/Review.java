package io.wsmigrate.autogen.large.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** JPA 3.2 checks and comments, a multi-column index with a desc key, an unnamed unique pair. */
@Entity
@Table(indexes = {@Index(name = "review_product_rating_idx", columnList = "product_id, rating desc"),
                  @Index(name = "review_title_uidx", columnList = "title", unique = true)},
        uniqueConstraints = @UniqueConstraint(columnNames = {"product_id", "author_id"}),
        check = @CheckConstraint(name = "review_rating_range", constraint = "rating between 1 and 5"))
public class Review {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Product product;

    @ManyToOne
    @JoinColumn(name = "author_id")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User author;

    private short rating;

    @Column(length = 200)
    private String title;

    @Column(columnDefinition = "text", comment = "Markdown")
    private String body;
}

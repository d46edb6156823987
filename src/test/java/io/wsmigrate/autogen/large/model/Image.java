package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One picture of a product, kept in an element collection. */
@Embeddable
public class Image {
    @Column(nullable = false, length = 500)
    private String url;

    @Column(name = "alt_text")
    private String altText;

    private Integer width;

    private Integer height;
}

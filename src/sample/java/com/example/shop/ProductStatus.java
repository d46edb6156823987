package com.example.shop;

/** Where a product is in its life. */
public enum ProductStatus {
    DRAFT, ACTIVE, RETIRED
}

package com.example.shop;

/** Where an order is between checkout and delivery. */
public enum OrderStatus {
    NEW, PAID, SHIPPED, CANCELLED
}

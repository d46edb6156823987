package io.wsmigrate.autogen.large.model;

/** Where an order is, stored by name. */
public enum OrderStatus { CART, PLACED, PAID, SHIPPED, CANCELLED }

package io.wsmigrate.autogen.large.model;

/** Lifecycle of an account, stored by name. */
public enum UserStatus { INVITED, ACTIVE, SUSPENDED, CLOSED }

package io.wsmigrate.autogen.large.model;

/** Access level, stored by ordinal. */
public enum Role { GUEST, MEMBER, STAFF, ADMIN }

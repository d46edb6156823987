package io.wsmigrate.autogen.large.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Single-table subclass: its columns are nullable in the shared table. */
@Entity
@DiscriminatorValue("email")
public class EmailNotification extends Notification {
    private String subject;

    private String body;
}

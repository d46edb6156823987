package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Single-table subclass. */
@Entity
@DiscriminatorValue("push")
public class PushNotification extends Notification {
    @Column(name = "device_token", length = 200)
    private String deviceToken;

    private Integer badge;
}

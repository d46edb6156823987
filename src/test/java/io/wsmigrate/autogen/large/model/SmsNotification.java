package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Single-table subclass. */
@Entity
@DiscriminatorValue("sms")
public class SmsNotification extends Notification {
    @Column(name = "phone_number", length = 20)
    private String phoneNumber;

    @Column(name = "text_message", length = 160)
    private String textMessage;
}

package io.wsmigrate.autogen.large.model;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A joined subclass that references another entity. */
@Entity
public class VoucherPayment extends Payment {
    @ManyToOne
    @JoinColumn(name = "coupon_code")
    private Coupon coupon;
}

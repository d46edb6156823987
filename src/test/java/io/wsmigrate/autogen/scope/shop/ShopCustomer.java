package io.wsmigrate.autogen.scope.shop;

import io.wsmigrate.autogen.scope.billing.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A customer billed through a billing account: a foreign key into the other package. */
@Entity
@Table(name = "shop_customer")
public class ShopCustomer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @ManyToOne
    @JoinColumn(name = "billing_account_id")
    private Account billingAccount;
}

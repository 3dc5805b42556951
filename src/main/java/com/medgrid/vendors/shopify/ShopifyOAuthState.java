package com.medgrid.vendors.shopify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A Shopify OAuth install in flight: the state nonce, for which shop and connection, asked for by whom. */
@Entity
@Table(name = "shopify_oauth_states")
@NamedQuery(name = ShopifyOAuthState.PURGE_EXPIRED, query = "DELETE FROM ShopifyOAuthState s WHERE s.expiresAt < :now")
public class ShopifyOAuthState {

    static final String PURGE_EXPIRED = "ShopifyOAuthState.purgeExpired";

    @Id
    @Column(name = "state")
    private String state;

    @Column(name = "shop")
    private String shop;

    @Column(name = "integration")
    private String integration;

    @Column(name = "vendor_profile")
    private String vendorProfile;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ShopifyOAuthState() {
    }

    ShopifyOAuthState(String state, String shop, String integration, String vendorProfile, String requestedBy, Instant expiresAt) {
        this.state = state;
        this.shop = shop;
        this.integration = integration;
        this.vendorProfile = vendorProfile;
        this.requestedBy = requestedBy;
        this.expiresAt = expiresAt;
    }

    String getShop() {
        return shop;
    }

    String getIntegration() {
        return integration;
    }

    String getVendorProfile() {
        return vendorProfile;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}

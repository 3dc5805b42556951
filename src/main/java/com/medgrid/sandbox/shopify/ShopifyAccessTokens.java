package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Which Admin API tokens a shop accepts: a demo shop's demo token, and every token the OAuth
 * exchange minted for the shop (kept in the database by their SHA-256, so they survive restarts
 * and the store never holds one in clear).
 */
@ApplicationScoped
public class ShopifyAccessTokens {

    private static final String TOKENS = "access_token";

    @Inject
    SandboxStore store;

    boolean accepts(String shop, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        if (ShopifyDemoShop.of(shop).filter(demo -> demo.token().equals(token)).isPresent()) {
            return true;
        }
        return store.get(ShopifySandbox.VENDOR, shop, TOKENS, Tokens.sha256Hex(token)).isPresent();
    }

    /** A new offline token for the shop with these scopes. */
    String mint(String shop, String scope) {
        String token = "shpat_" + Tokens.random(32);
        store.put(ShopifySandbox.VENDOR, shop, TOKENS, Tokens.sha256Hex(token),
                ApiJson.JSON.createObjectBuilder().add("scope", scope).add("created_at", Instant.now().toString()).build());
        return token;
    }
}

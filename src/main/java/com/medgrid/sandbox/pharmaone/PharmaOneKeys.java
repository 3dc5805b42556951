package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.List;
import java.util.Optional;

/**
 * The orgs the simulator knows, by their API keys, and the shops they sell through. The demo org
 * (its key has every scope, its shop is {@code skydell-rx.pharmaone.shop}) is built in; any other
 * org exists once a test registers a key for it ({@code _sandbox/keys}), kept in the database by the
 * key's SHA-256 (keys survive restarts, and the store never holds one in clear). Each org may own
 * shops; a shop domain belongs to one org only.
 */
@ApplicationScoped
public class PharmaOneKeys {

    static final String DEMO_ORG = "org_demo_skydell";
    static final String DEMO_API_KEY = "p1_demo_skydell_key";
    static final Shop DEMO_SHOP = new Shop("skydell-rx.pharmaone.shop", DEMO_ORG, "shop_skydell_rx");
    static final List<String> ALL_SCOPES = List.of("orders.read", "orders.write", "products.read", "inventory.read", "prescriptions.read",
            "prescriptions.write", "order_requests.write");
    static final long DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
    private static final String KEYS = "api_key";
    private static final String SHOPS = "shop";
    /** Shops are looked up by domain before their org is known: they are kept under one account of their own. */
    private static final String SHOP_ACCOUNT = "_shops";

    /** An org's API key: what a token exchanged for it carries ({@code id} is its {@code sub}). */
    record ApiKey(String id, String orgId, List<String> scopes, long tokenLifetimeSeconds) {
    }

    /** A shop, at {@code https://{domain}}, of an org. */
    record Shop(String domain, String orgId, String shopId) {
    }

    @Inject
    SandboxStore store;

    /** The org's key that {@code apiKey} is (none: unknown, or another org's). */
    Optional<ApiKey> find(String orgId, String apiKey) {
        if (orgId == null || apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        if (DEMO_ORG.equals(orgId) && DEMO_API_KEY.equals(apiKey)) {
            return Optional.of(new ApiKey(keyId(orgId, apiKey), orgId, ALL_SCOPES, DEFAULT_TOKEN_LIFETIME_SECONDS));
        }
        return store.get(PharmaOneSandbox.VENDOR, orgId, KEYS, Tokens.sha256Hex(apiKey)).map(key -> new ApiKey(key.getString("id"), orgId,
                key.getJsonArray("scopes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                key.getJsonNumber("token_lifetime_seconds").longValue()));
    }

    Optional<Shop> shop(String domain) {
        if (DEMO_SHOP.domain().equals(domain)) {
            return Optional.of(DEMO_SHOP);
        }
        return store.get(PharmaOneSandbox.VENDOR, SHOP_ACCOUNT, SHOPS, domain)
                .map(shop -> new Shop(domain, shop.getString("org_id"), shop.getString("shop_id")));
    }

    /**
     * Registers (or registers again, with new scopes and lifetime) an org's API key, and the shop it
     * names, if any.
     *
     * @throws IllegalArgumentException when the shop's domain belongs to another org
     */
    ApiKey register(String orgId, String apiKey, List<String> scopes, long tokenLifetimeSeconds, Optional<Shop> shop) {
        shop.ifPresent(given -> {
            Optional<Shop> known = shop(given.domain());
            if (known.isPresent() && !known.get().orgId().equals(given.orgId())) {
                throw new IllegalArgumentException("The shop " + given.domain() + " belongs to another org");
            }
            store.put(PharmaOneSandbox.VENDOR, SHOP_ACCOUNT, SHOPS, given.domain(),
                    ApiJson.JSON.createObjectBuilder().add("org_id", given.orgId()).add("shop_id", given.shopId()).build());
        });
        ApiKey key = new ApiKey(keyId(orgId, apiKey), orgId, List.copyOf(scopes), tokenLifetimeSeconds);
        JsonObject stored = ApiJson.JSON.createObjectBuilder().add("id", key.id()).add("scopes", ApiJson.JSON.createArrayBuilder(key.scopes()))
                .add("token_lifetime_seconds", key.tokenLifetimeSeconds()).build();
        store.put(PharmaOneSandbox.VENDOR, key.orgId(), KEYS, Tokens.sha256Hex(apiKey), stored);
        return key;
    }

    /** A key's id, the same whenever it is registered: PharmaOne shows it, never the key. */
    private static String keyId(String orgId, String apiKey) {
        return "p1key_" + Tokens.sha256Hex(orgId + "\n" + apiKey).substring(0, 16);
    }
}

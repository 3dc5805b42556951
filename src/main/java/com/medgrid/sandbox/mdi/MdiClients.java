package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The API clients the simulator knows: the demo partner's ({@code mdi-demo-client}) built in, any
 * other once a test registers it ({@code _sandbox/clients}), kept in the database by its secret's
 * SHA-256 (clients survive restarts, and the store never holds a secret in clear).
 */
@ApplicationScoped
public class MdiClients {

    static final String DEMO_CLIENT = "mdi-demo-client";
    static final String DEMO_SECRET = "mdi-demo-secret";
    /** What the demo partner's webhook (MedGrid's) gets as {@code Authorization}, and the secret its events are signed with. */
    static final String DEMO_WEBHOOK_AUTHORIZATION = "Bearer mdi-demo-webhook-authorization";
    static final String DEMO_WEBHOOK_SECRET = "mdi-demo-webhook-secret";
    static final long DEFAULT_TOKEN_LIFETIME_SECONDS = 86400;
    /** The store's account column is this wide, and a client is its account. */
    static final int MAX_CLIENT_ID_LENGTH = 140;
    private static final String CLIENTS = "client";

    /** A client, and how long its access tokens live. */
    record Client(String id, long tokenLifetimeSeconds) {
    }

    @Inject
    SandboxStore store;

    /** The client whose id and secret these are; none for an unknown client or a wrong secret. */
    Optional<Client> authenticate(String clientId, String secret) {
        if (DEMO_CLIENT.equals(clientId)) {
            return Tokens.matchesHash(secret, Tokens.sha256Hex(DEMO_SECRET)) ? Optional.of(demo()) : Optional.empty();
        }
        return store.get(MdiSandbox.VENDOR, clientId, CLIENTS, clientId).filter(c -> Tokens.matchesHash(secret, c.getString("secret_sha256")))
                .map(c -> new Client(clientId, c.getJsonNumber("token_lifetime_seconds").longValue()));
    }

    boolean exists(String clientId) {
        return DEMO_CLIENT.equals(clientId) || store.get(MdiSandbox.VENDOR, clientId, CLIENTS, clientId).isPresent();
    }

    /**
     * Registers a client, or registers it again with a new secret and token lifetime.
     *
     * @throws IllegalArgumentException for the demo client, which is built in
     */
    Client register(String clientId, String secret, long tokenLifetimeSeconds) {
        if (DEMO_CLIENT.equals(clientId)) {
            throw new IllegalArgumentException(DEMO_CLIENT + " is the demo partner's client: register one of your own");
        }
        store.put(MdiSandbox.VENDOR, clientId, CLIENTS, clientId, ApiJson.JSON.createObjectBuilder()
                .add("secret_sha256", Tokens.sha256Hex(secret)).add("token_lifetime_seconds", tokenLifetimeSeconds).build());
        return new Client(clientId, tokenLifetimeSeconds);
    }

    private static Client demo() {
        return new Client(DEMO_CLIENT, DEFAULT_TOKEN_LIFETIME_SECONDS);
    }
}

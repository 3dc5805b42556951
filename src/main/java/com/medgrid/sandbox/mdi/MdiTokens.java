package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Optional;

/**
 * The access tokens the simulator issued: opaque, kept in the database by their SHA-256 with their
 * client and expiry, so they outlive a restart as MDI's do. Revoking a client's tokens moves its
 * generation on: every token issued before is refused from then on, and new ones are good.
 */
@ApplicationScoped
public class MdiTokens {

    private static final String TOKENS = "token";
    private static final String REVOCATIONS = "revocation";
    /** Tokens are looked up before their client is known: they are kept under one account of their own. */
    private static final String TOKEN_ACCOUNT = "_tokens";
    private static final int TOKEN_LENGTH = 40;

    /** What an access token stands for: whether it is still good is {@link #current}'s to say. */
    record Grant(String clientId, Instant expiresAt, int generation) {
    }

    @Inject
    SandboxStore store;

    /** A new access token of the client, good for its token lifetime from now. */
    String issue(MdiClients.Client client) {
        String token = Tokens.random(TOKEN_LENGTH);
        store.put(MdiSandbox.VENDOR, TOKEN_ACCOUNT, TOKENS, Tokens.sha256Hex(token), ApiJson.JSON.createObjectBuilder()
                .add("client_id", client.id()).add("expires_at", Instant.now().plusSeconds(client.tokenLifetimeSeconds()).toString())
                .add("generation", generation(client.id())).build());
        return token;
    }

    /** The grant of a token the simulator issued, expired or revoked ones too; none for any other. */
    Optional<Grant> find(String token) {
        return store.get(MdiSandbox.VENDOR, TOKEN_ACCOUNT, TOKENS, Tokens.sha256Hex(token))
                .map(grant -> new Grant(grant.getString("client_id"), Instant.parse(grant.getString("expires_at")), grant.getInt("generation")));
    }

    /** Whether the grant is neither expired nor revoked. */
    boolean current(Grant grant) {
        return Instant.now().isBefore(grant.expiresAt()) && grant.generation() == generation(grant.clientId());
    }

    /** Every token the client has now is refused from now on. */
    void revoke(String clientId) {
        store.update(MdiSandbox.VENDOR, clientId, REVOCATIONS, clientId, generationBody(0), null,
                revoked -> generationBody(revoked.getInt("generation") + 1));
    }

    private int generation(String clientId) {
        return store.get(MdiSandbox.VENDOR, clientId, REVOCATIONS, clientId).map(revoked -> revoked.getInt("generation")).orElse(0);
    }

    private static JsonObject generationBody(int generation) {
        return ApiJson.JSON.createObjectBuilder().add("generation", generation).build();
    }
}

package com.medgrid.integrations;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.audit.AuditLog;
import com.medgrid.platform.crypto.SecretBox;
import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Integration connections and their credentials: sealed with the {@link SecretBox} on the way in
 * (bound to the connection's name), opened only for the integration code that calls the vendor.
 */
@ApplicationScoped
@Transactional
public class ConnectionStore {

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    /** This bean through its proxy, so that {@link #whileSyncing}'s marks each get their own transaction. */
    @Inject
    ConnectionStore self;
    @Inject
    Provider<SecretBox> secrets;

    /** The connection of a vendor (null: the platform's managed one), if one was ever made. */
    public Optional<IntegrationConnection> find(String integration, String vendorProfile) {
        return Optional.ofNullable(em.find(IntegrationConnection.class, IntegrationConnection.nameOf(integration, vendorProfile)));
    }

    /** The vendor's connected connection with its credentials. */
    public Optional<Connection> active(String integration, String vendorProfile) {
        return find(integration, vendorProfile).filter(c -> IntegrationConnection.CONNECTED.equals(c.getStatus())).map(this::open);
    }

    /** The vendor's connection with stored credentials, working or not (to test it again). */
    public Optional<Connection> stored(String integration, String vendorProfile) {
        return find(integration, vendorProfile).filter(c -> c.getCredentials() != null).map(this::open);
    }

    /** A connected connection by its name. */
    public Optional<Connection> activeByName(String name) {
        return Optional.ofNullable(em.find(IntegrationConnection.class, name))
                .filter(c -> IntegrationConnection.CONNECTED.equals(c.getStatus())).map(this::open);
    }

    /** The connected connection whose webhook URL carries this token. */
    public Optional<Connection> byWebhookToken(String integration, String token) {
        return em.createNamedQuery(IntegrationConnection.BY_WEBHOOK_TOKEN, IntegrationConnection.class)
                .setParameter("hash", Tokens.sha256Hex(token)).getResultStream()
                .filter(c -> c.getIntegration().equals(integration) && IntegrationConnection.CONNECTED.equals(c.getStatus()))
                .findFirst().map(this::open);
    }

    /** Saves verified credentials and a new webhook token; returns the token (shown in the webhook URL). */
    public String connect(String integration, String vendorProfile, Map<String, String> credentials, String user) {
        IntegrationConnection connection = find(integration, vendorProfile).orElseGet(() -> {
            IntegrationConnection created = new IntegrationConnection(integration, vendorProfile);
            created.created(user, Instant.now());
            em.persist(created);
            return created;
        });
        String token = Tokens.random(32);
        Map<String, String> stored = new LinkedHashMap<>(credentials);
        stored.put(WEBHOOK_TOKEN, token);
        JsonObjectBuilder json = ApiJson.JSON.createObjectBuilder();
        stored.forEach(json::add);
        connection.connect(secrets.get().seal(json.build().toString(), connection.getName()), Tokens.sha256Hex(token));
        connection.modified(user, Instant.now());
        audit.record(user, "Connected", "Integration Connection", connection.getName(), integration
                + (vendorProfile == null ? " (platform)" : " for " + vendorProfile));
        return token;
    }

    public void disconnect(String integration, String vendorProfile, String user) {
        find(integration, vendorProfile).ifPresent(c -> {
            c.disconnect();
            c.modified(user, Instant.now());
            audit.record(user, "Disconnected", "Integration Connection", c.getName(), integration
                    + (vendorProfile == null ? " (platform)" : " for " + vendorProfile));
        });
    }

    public void recordTest(String name, String error) {
        em.find(IntegrationConnection.class, name, LockModeType.PESSIMISTIC_WRITE).tested(error);
    }

    /**
     * Runs a long sync of the connection (a catalog, an inventory): list_connections shows it
     * {@code syncing}, with what {@link #syncProgress} records, until it ends; a finished one counts
     * as the connection's last sync. Call it outside any transaction: the sync's vendor calls must not
     * hold one, and each mark commits at once so that others see it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> T whileSyncing(String name, java.util.function.Supplier<T> sync) {
        self.startSync(name);
        try {
            T result = sync.get();
            self.recordSync(name, 0, 0, null);
            return result;
        } finally {
            self.endSync(name);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void startSync(String name) {
        em.find(IntegrationConnection.class, name, LockModeType.PESSIMISTIC_WRITE).syncStarted(Instant.now());
    }

    /** The running sync's counts so far, committed at once so that others see them while it runs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void syncProgress(String name, Map<String, ? extends Number> counts) {
        JsonObjectBuilder json = ApiJson.JSON.createObjectBuilder();
        counts.forEach((key, value) -> json.add(key, value.longValue()));
        em.find(IntegrationConnection.class, name, LockModeType.PESSIMISTIC_WRITE).syncProgressed(json.build().toString());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void endSync(String name) {
        em.find(IntegrationConnection.class, name, LockModeType.PESSIMISTIC_WRITE).syncEnded();
    }

    public void recordSync(String name, int pushed, int pulled, String error) {
        em.find(IntegrationConnection.class, name, LockModeType.PESSIMISTIC_WRITE).synced(Instant.now(), pushed, pulled, error);
    }

    /** The connection's credentials, without the webhook token. */
    Connection open(IntegrationConnection connection) {
        Map<String, String> credentials = unsealed(connection);
        credentials.remove(WEBHOOK_TOKEN);
        return new Connection(connection.getName(), connection.getIntegration(), connection.getVendorProfile(), credentials);
    }

    /** The webhook token of a connected connection, to show its webhook URL again. */
    Optional<String> webhookToken(IntegrationConnection connection) {
        return connection.getCredentials() == null ? Optional.empty() : Optional.ofNullable(unsealed(connection).get(WEBHOOK_TOKEN));
    }

    private Map<String, String> unsealed(IntegrationConnection connection) {
        String json = secrets.get().open(connection.getCredentials(), connection.getName());
        Map<String, String> values = new LinkedHashMap<>();
        ApiJson.JSON.createReader(new StringReader(json)).readObject()
                .forEach((key, value) -> values.put(key, ((JsonString) value).getString()));
        return values;
    }

    private static final String WEBHOOK_TOKEN = "webhook_token";
}

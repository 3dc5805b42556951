package com.medgrid.integrations;

import com.medgrid.fulfillment.VendorConnected;
import com.medgrid.fulfillment.VendorConnector;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.marketplace.VendorDirectory;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Vendor self-service for integrations ({@code /portal/integrations}): a vendor manages the
 * connections of its approved Vendor Profile; an admin with no vendor profile manages the
 * platform's managed connections. Credentials are checked with the service before anything is saved.
 */
@ApplicationScoped
public class IntegrationService {

    private static final Logger LOG = Logger.getLogger(IntegrationService.class.getName());

    @Inject
    @Any
    Instance<IntegrationProvider> providers;
    @Inject
    ConnectionStore store;
    @Inject
    Event<VendorConnected> connectedEvent;
    @Inject
    VendorDirectory vendors;
    @Inject
    CurrentUser user;
    @Inject
    @ConfigProperty(name = "medgrid.public-url")
    String publicUrl;

    public Map<String, Object> listConnections() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("integrations", connections(callerOwner()));
        result.put("user", user.name());
        return result;
    }

    /**
     * One row per integration {@code owner} (a vendor profile; null: the platform) may connect: its status
     * and last sync, never its credentials. The caller must already be allowed to see the owner's.
     */
    public List<Map<String, Object>> connections(String owner) {
        List<Map<String, Object>> rows = new ArrayList<>();
        usable(owner).forEach(provider -> {
            Optional<IntegrationConnection> connection = store.find(provider.id(), owner);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", provider.id());
            row.put("label", provider.description().label());
            row.put("tagline", provider.tagline());
            row.put("auth_kind", provider.authKind());
            Optional<String> running = connection.flatMap(c -> c.runningSync(Instant.now()));
            row.put("status", running.isPresent() ? IntegrationConnection.SYNCING
                    : connection.map(IntegrationConnection::getStatus).orElse(IntegrationConnection.NOT_CONNECTED));
            row.put("last_sync_at", connection.map(IntegrationConnection::getLastSyncAt).orElse(null));
            row.put("last_error", connection.map(IntegrationConnection::getLastError).orElse(null));
            Map<String, Object> stats = new LinkedHashMap<>(connection.<Map<String, Object>>map(c -> Map.of("orders_pushed",
                    c.getOrdersPushed(), "tracking_pulled", c.getTrackingPulled())).orElse(Map.of()));
            running.ifPresent(progress -> stats.put("sync_progress", ApiJson.JSON.createReader(new java.io.StringReader(progress)).readObject()));
            row.put("stats", stats);
            row.put("has_credentials", connection.map(c -> !IntegrationConnection.NOT_CONNECTED.equals(c.getStatus())).orElse(false));
            row.put("credential_keys", provider.description().credentialKeys());
            row.put("optional_credential_keys", provider.description().optionalCredentialKeys());
            row.put("webhook_url", connection.flatMap(store::webhookToken).map(token -> webhookUrl(provider, token)).orElse(null));
            rows.add(row);
        });
        return rows;
    }

    /** Checks the credentials with the service; saves them, for the caller's vendor profile, only when it accepts them. */
    public Map<String, Object> connect(String integration, Map<String, String> given) {
        return connect(integration, callerOwner(), given, user.name());
    }

    /**
     * {@link #connect(String, Map)} on behalf of the system (the sandbox's demo accounts at startup):
     * for {@code owner} (a vendor profile; null: the platform), recorded as done by {@code actor}.
     */
    public Map<String, Object> connect(String integration, String owner, Map<String, String> given, String actor) {
        IntegrationProvider provider = provider(integration, owner);
        Map<String, String> credentials = new LinkedHashMap<>();
        for (String key : provider.description().credentialKeys()) {
            if (given.get(key) == null || given.get(key).isBlank()) {
                throw ApiException.validation(provider.missingCredentials());
            }
            credentials.put(key, given.get(key).trim());
        }
        for (String key : provider.description().optionalCredentialKeys()) {
            if (given.get(key) != null && !given.get(key).isBlank()) {
                credentials.put(key, given.get(key).trim());
            }
        }
        Optional<String> refused;
        try {
            refused = provider.probe(credentials);
        } catch (VendorException e) {
            return uncheckable(e);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (refused.isPresent()) {
            result.put("ok", false);
            result.put("error", refused.get());
            result.put("status", IntegrationConnection.ERROR);
            return result;
        }
        String token = store.connect(integration, owner, credentials, actor);
        String webhookUrl = webhookUrl(provider, token);
        try {
            provider.connected(credentials, webhookUrl);
        } catch (RuntimeException e) {
            // the connection works; the vendor can still add the webhook URL by hand
            LOG.log(Level.WARNING, "Could not subscribe " + integration + " webhooks for " + describe(owner), e);
        }
        connectedEvent.fire(new VendorConnected(integration));
        result.put("ok", true);
        result.put("integration", integration);
        result.put("status", IntegrationConnection.CONNECTED);
        result.put("webhook_url", webhookUrl);
        return result;
    }

    public Map<String, Object> test(String integration) {
        String owner = callerOwner();
        IntegrationProvider provider = provider(integration, owner);
        Connection connection = required(store.stored(integration, owner), integration, owner);
        String error;
        try {
            error = provider.probe(connection.credentials()).orElse(null);
        } catch (VendorException e) {
            return uncheckable(e);
        }
        store.recordTest(connection.name(), error);
        if (error == null) {
            connectedEvent.fire(new VendorConnected(integration));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", error == null);
        result.put("error", error);
        return result;
    }

    public Map<String, Object> sync(String integration) {
        String owner = callerOwner();
        IntegrationProvider provider = provider(integration, owner);
        Connection connection = required(store.active(integration, owner), integration, owner);
        IntegrationProvider.SyncResult outcome = provider.sync(connection);
        store.recordSync(connection.name(), outcome.pushed(), outcome.pulled(), outcome.error());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", outcome.error() == null);
        result.put("stats", outcome.stats());
        return result;
    }

    public Map<String, Object> disconnect(String integration) {
        String owner = callerOwner();
        provider(integration, owner);
        store.disconnect(integration, owner, user.name());
        return Map.of("ok", true, "integration", integration);
    }

    /** The service could not say whether the credentials work (down, rate limited): nothing is saved or changed. */
    private static Map<String, Object> uncheckable(VendorException e) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", false);
        result.put("error", "The credentials could not be checked now, try again: " + e.getMessage());
        return result;
    }

    private static Connection required(Optional<Connection> connection, String integration, String owner) {
        return connection.orElseThrow(() -> ApiException.validation(
                "No working " + integration + " connection for " + describe(owner) + ": connect it first."));
    }

    /** The integration the caller may manage: vendors the self-service ones, admins (for the platform) all. */
    private IntegrationProvider provider(String integration, String owner) {
        List<IntegrationProvider> usable = usable(owner);
        return usable.stream().filter(p -> p.id().equals(integration)).findFirst()
                .orElseThrow(() -> ApiException.validation("integration_type must be one of "
                        + String.join(", ", usable.stream().map(IntegrationProvider::id).toList()) + "; got " + integration + "."));
    }

    private List<IntegrationProvider> usable(String owner) {
        return providers.stream().filter(p -> p.connectableBy(owner)).sorted(java.util.Comparator.comparing(IntegrationProvider::id)).toList();
    }

    /** Whose connections the caller manages: its approved vendor profile, or null for an admin acting for the platform. */
    public String callerOwner() {
        List<String> mine = vendors.callerVendors();
        if (!mine.isEmpty()) {
            return mine.get(0);
        }
        if (user.hasAnyRole(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN)) {
            return null;
        }
        throw ApiException.permission("Not permitted: integrations belong to vendors with an approved Vendor Profile.");
    }

    /** Where the vendor sends its webhooks; none for a vendor that sends none (its status is polled). */
    private String webhookUrl(IntegrationProvider provider, String token) {
        if (!provider.description().can(VendorConnector.Capability.STATUS_WEBHOOKS)) {
            return null;
        }
        String url = publicUrl + "/api/method/medgrid." + provider.id() + ".webhook";
        return provider.tokenInWebhookUrl() ? url + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) : url;
    }

    private static String describe(String owner) {
        return owner == null ? "the platform" : owner;
    }
}

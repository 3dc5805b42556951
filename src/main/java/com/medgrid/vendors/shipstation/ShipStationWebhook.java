package com.medgrid.vendors.shipstation;

import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.inbox.Inbox;
import com.medgrid.platform.inbox.InboxHandler;
import com.medgrid.platform.inbox.InboxMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;

import java.io.StringReader;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/method/medgrid.shipstation.webhook?token=...}. ShipStation does not sign its
 * webhooks, so a notification is trusted only this far: the token in the URL must be a connection's
 * (set when the vendor connected), and the {@code resource_url} must point at the ShipStation API;
 * the facts themselves are then fetched from ShipStation with that connection's credentials.
 */
@ApplicationScoped
public class ShipStationWebhook implements InboxHandler {

    static final String SOURCE = "shipstation";
    static final Set<String> ORDER_EVENTS = Set.of("ORDER_NOTIFY", "ITEM_ORDER_NOTIFY");
    static final Set<String> SHIP_EVENTS = Set.of("SHIP_NOTIFY", "ITEM_SHIP_NOTIFY", "FULFILLMENT_SHIPPED");

    @Inject
    HttpServletRequest request;
    @Inject
    ConnectionStore connections;
    @Inject
    ShipStationCalls calls;
    @Inject
    ShipStationTracking tracking;
    @Inject
    Inbox inbox;

    @PermitAll
    @ApiMethod(value = "medgrid.shipstation.webhook", httpMethods = "POST",
            summary = "ShipStation webhook ({resource_url, resource_type}); the token query parameter identifies the connection")
    public Map<String, Object> receive(ApiArgs args) {
        String token = request.getParameter("token");
        Connection connection = (token == null ? java.util.Optional.<Connection>empty() : connections.byWebhookToken(SOURCE, token))
                .orElseThrow(() -> ApiException.authentication("Unknown or missing webhook token."));
        String type = args.requireString("resource_type");
        String url = args.requireString("resource_url");
        if (!ORDER_EVENTS.contains(type) && !SHIP_EVENTS.contains(type)) {
            throw ApiException.validation("resource_type " + type + " is not a ShipStation order or shipment event.");
        }
        // stored as it will be fetched, so that spellings of one resource are one event
        String resource = calls.resourceUri(url).map(URI::toString)
                .orElseThrow(() -> ApiException.validation("resource_url must point at the ShipStation API."));
        String body = ApiJson.JSON.createObjectBuilder().add("connection", connection.name()).add("resource_type", type)
                .add("resource_url", resource).build().toString();
        // A notification is a pointer, not an event: the same URL can show new shipments later, so each
        // delivery is fetched (again); older news never overwrites newer, so fetching twice is harmless.
        inbox.accept(SOURCE, Tokens.random(32), type, null, body);
        return Map.of("ok", true, "duplicate", false);
    }

    @Override
    public String source() {
        return SOURCE;
    }

    /** Fetches the notified resource and applies every order or shipment in it. */
    @Override
    public void process(InboxMessage message) {
        JsonObject event = ApiJson.JSON.createReader(new StringReader(message.getBody())).readObject();
        Connection connection = connections.activeByName(event.getString("connection"))
                .orElseThrow(() -> new IllegalStateException("Connection " + event.getString("connection") + " is no longer connected"));
        JsonObject resource = calls.fetchResource(connection.credentials(), event.getString("resource_url"));
        boolean shipments = SHIP_EVENTS.contains(event.getString("resource_type"));
        JsonValue list = resource.get(shipments ? "shipments" : "orders");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalStateException("ShipStation resource without " + (shipments ? "shipments" : "orders") + ": " + resource);
        }
        int applied = 0;
        for (JsonValue item : list.asJsonArray()) {
            if (item instanceof JsonObject object && (shipments ? tracking.shipment(connection.name(), object) : tracking.order(connection.name(), object))) {
                applied++;
            }
        }
        if (shipments) {
            connections.recordSync(connection.name(), 0, applied, null);
        }
    }
}

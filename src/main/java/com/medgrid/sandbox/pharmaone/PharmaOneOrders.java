package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Every org's orders and v1 order requests, kept in the database (the sandbox toolkit) with ids
 * that never repeat. v2 orders are taken as often as they are sent, as PharmaOne takes them (the
 * same {@code external_id} twice makes two orders); order requests are kept per {@code external_id},
 * so a resend finds the first. The demo org's orders move on by themselves, one stage every
 * {@code medgrid.sandbox.ship-after}; other orgs' only when a test moves them.
 */
@ApplicationScoped
public class PharmaOneOrders {

    private static final String ORDERS = "order";
    private static final String REQUESTS = "order_request";
    /** USPS tracking numbers are 22 digits; these start like a USPS label's. */
    private static final String TRACKING_PREFIX = "9400";

    /** An order request as answered: {@code created} when this call made it, not when a resend found it. */
    record Request(JsonObject body, boolean created) {
    }

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.ship-after", defaultValue = "PT5S")
    Duration shipAfter;
    @Inject
    SandboxStore store;

    /** A new order of the org from a valid payload, sold by {@code shopId} (null: none named). */
    JsonObject create(String orgId, String shopId, JsonObject payload) {
        Instant now = Instant.now();
        String created = PharmaOneOrderStatus.timestamp(now);
        JsonArrayBuilder items = ApiJson.JSON.createArrayBuilder();
        payload.getJsonArray("items").forEach(item -> {
            String productId = PharmaOneOrderPayload.text(item.asJsonObject(), "product_id");
            jakarta.json.JsonObjectBuilder line = ApiJson.JSON.createObjectBuilder().add("product_id", productId)
                    .add("sku", PharmaOneCatalog.byId(productId).orElseThrow().sku()).add("quantity", item.asJsonObject().get("quantity"));
            String prescriptionId = PharmaOneOrderPayload.text(item.asJsonObject(), "prescription_id");
            items.add(prescriptionId.isEmpty() ? line : line.add("prescription_id", prescriptionId));
        });
        JsonObject order = ApiJson.JSON.createObjectBuilder().add("id", "p1ord_" + store.nextId())
                .add("external_id", PharmaOneOrderPayload.text(payload, "external_id"))
                .add("shop_id", shopId == null ? JsonValue.NULL : ApiJson.JSON.createValue(shopId))
                .add("status", PharmaOneOrderStatus.PENDING).add("tracking_number", JsonValue.NULL).add("carrier", JsonValue.NULL)
                .add("tracking_url", JsonValue.NULL).add("items", items)
                .add("patient", payload.getOrDefault("patient", JsonValue.NULL))
                .add("shipping_address", payload.get("shipping_address")).add("notes", payload.getOrDefault("notes", JsonValue.NULL))
                .add("created_at", created).add("updated_at", created).build();
        store.put(PharmaOneSandbox.VENDOR, orgId, ORDERS, order.getString("id"), order,
                PharmaOneKeys.DEMO_ORG.equals(orgId) ? now.plus(shipAfter) : null);
        return order;
    }

    /** The org's order request for the payload's {@code external_id}: the one made before, else a new one with its order. */
    Request request(String orgId, String shopId, JsonObject payload) {
        AtomicBoolean created = new AtomicBoolean();
        JsonObject request = store.update(PharmaOneSandbox.VENDOR, orgId, REQUESTS, PharmaOneOrderPayload.text(payload, "external_id"),
                JsonValue.EMPTY_JSON_OBJECT, null, known -> {
                    if (known.containsKey("id")) {
                        return known;
                    }
                    created.set(true);
                    JsonObject order = create(orgId, shopId, payload);
                    return ApiJson.JSON.createObjectBuilder().add("id", "p1req_" + store.nextId()).add("order_id", order.getString("id"))
                            .add("external_id", order.getString("external_id")).add("status", "received").build();
                });
        return new Request(request, created.get());
    }

    Optional<JsonObject> get(String orgId, String orderId) {
        return store.get(PharmaOneSandbox.VENDOR, orgId, ORDERS, orderId);
    }

    /** The org's orders, oldest first. */
    List<JsonObject> all(String orgId) {
        return store.all(PharmaOneSandbox.VENDOR, orgId, ORDERS).stream().map(SandboxRecord::body).toList();
    }

    /**
     * The order moved one stage on now (under a row lock).
     *
     * @throws IllegalStateException when it is delivered or cancelled
     */
    Optional<JsonObject> advance(String orgId, String orderId) {
        String trackingNumber = trackingNumber();
        return change(orgId, orderId, order -> PharmaOneOrderStatus.advanced(order, trackingNumber, Instant.now()));
    }

    /**
     * The order cancelled now (under a row lock).
     *
     * @throws IllegalStateException when it has shipped already
     */
    Optional<JsonObject> cancel(String orgId, String orderId) {
        return change(orgId, orderId, order -> PharmaOneOrderStatus.cancelled(order, Instant.now()));
    }

    /** A demo order is due: it moves one stage on, and is due again until it is delivered (a cancelled one stays). */
    void due(SandboxRecord record) {
        get(record.account(), record.key()).filter(order -> PharmaOneOrderStatus.next(order).isPresent()).ifPresent(order -> {
            Instant now = Instant.now();
            JsonObject moved = PharmaOneOrderStatus.advanced(order, trackingNumber(), now);
            store.put(PharmaOneSandbox.VENDOR, record.account(), ORDERS, record.key(), moved,
                    PharmaOneOrderStatus.next(moved).isPresent() ? now.plus(shipAfter) : null);
        });
    }

    /** The order changed under a row lock; a change its status refuses throws before that, not out of the store's transaction. */
    private Optional<JsonObject> change(String orgId, String orderId, UnaryOperator<JsonObject> change) {
        return get(orgId, orderId).map(order -> {
            change.apply(order);
            return store.update(PharmaOneSandbox.VENDOR, orgId, ORDERS, orderId, order, null, change);
        });
    }

    private String trackingNumber() {
        return TRACKING_PREFIX + String.format("%018d", store.nextId());
    }
}

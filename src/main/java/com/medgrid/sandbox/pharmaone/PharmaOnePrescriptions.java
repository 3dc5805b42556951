package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every org's prescriptions, kept in the database (the sandbox toolkit) with ids that never repeat.
 * As for v2 orders, PharmaOne documents no idempotency: the same {@code external_id} twice makes two
 * prescriptions (the connector looks one up by {@code external_id} before creating it). A
 * prescription is {@code {id, external_id, shop_id, status: "active", patient, prescriber {npi},
 * product_id, sku, quantity, created_at}}; an order line of a prescription product names one of its
 * org for its product ({@code prescription_id}).
 */
@ApplicationScoped
public class PharmaOnePrescriptions {

    private static final String PRESCRIPTIONS = "prescription";

    @Inject
    SandboxStore store;

    /** A new prescription of the org from a valid payload ({@link PharmaOnePrescriptionPayload#problems} found none). */
    JsonObject create(String orgId, JsonObject payload) {
        String productId = PharmaOneOrderPayload.text(payload, "product_id");
        String shopId = PharmaOneOrderPayload.shopId(payload);
        JsonObject prescriber = payload.getJsonObject("prescriber");
        JsonObject prescription = ApiJson.JSON.createObjectBuilder().add("id", "p1rx_" + store.nextId())
                .add("external_id", PharmaOneOrderPayload.text(payload, "external_id"))
                .add("shop_id", shopId == null ? JsonValue.NULL : ApiJson.JSON.createValue(shopId))
                .add("status", "active").add("patient", payload.get("patient"))
                .add("prescriber", ApiJson.JSON.createObjectBuilder().add("npi", PharmaOneOrderPayload.text(prescriber, "npi")))
                .add("product_id", productId).add("sku", PharmaOneCatalog.byId(productId).orElseThrow().sku())
                .add("quantity", payload.get("quantity")).add("created_at", PharmaOneOrderStatus.timestamp(Instant.now())).build();
        store.put(PharmaOneSandbox.VENDOR, orgId, PRESCRIPTIONS, prescription.getString("id"), prescription);
        return prescription;
    }

    Optional<JsonObject> get(String orgId, String prescriptionId) {
        return prescriptionId == null || prescriptionId.isBlank() ? Optional.empty()
                : store.get(PharmaOneSandbox.VENDOR, orgId, PRESCRIPTIONS, prescriptionId);
    }

    /** The org's prescriptions, oldest first. */
    List<JsonObject> all(String orgId) {
        return store.all(PharmaOneSandbox.VENDOR, orgId, PRESCRIPTIONS).stream().map(SandboxRecord::body).toList();
    }
}

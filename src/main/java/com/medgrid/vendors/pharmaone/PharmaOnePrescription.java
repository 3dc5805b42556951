package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.validation.Npi;
import com.medgrid.platform.validation.TextRules;
import com.medgrid.selling.OrderShipping;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.util.List;
import java.util.Optional;

/**
 * The prescription PharmaOne needs before it takes an order line of a prescription item
 * ({@code POST /api/v2/public/orgs/{orgId}/prescriptions}, scope {@code prescriptions.write}); the
 * order line then names it ({@code prescription_id}). The API document lists the route only, so
 * MedGrid sends what an e-prescription needs (README "PharmaOne"):
 * <pre>
 * {"external_id": "SO-2026-00042-pharmaone-SOI-2026-00107", "shop_id": "shop_1",
 *  "patient": {"first_name": "Jane", "last_name": "Smith", "email": "jane@example.com"},
 *  "prescriber": {"npi": "1234567893"}, "product_id": "p1prod_semap1-5mg", "quantity": 1,
 *  "notes": "MedGrid Sales Order SO-2026-00042"}
 * </pre>
 * with the dispatch and the Sales Order line as {@code external_id}: PharmaOne documents no
 * idempotency, so a resend looks the prescription up by it first ({@code GET /prescriptions?external_id=},
 * {@code prescriptions.read}) and reuses the one found. The prescriber is the order's
 * ({@code prescriber_npi}); an order without a valid one is refused before any call.
 */
final class PharmaOnePrescription {

    /** How many prescriptions a look-up by {@code external_id} asks for: one is expected. */
    static final int LOOKUP_LIMIT = 10;
    private static final int TEXT_SHOWN = 300;

    private PharmaOnePrescription() {
    }

    /** The prescription's {@code external_id}: the dispatch and the Sales Order line it is for. */
    static String externalId(String dispatch, String salesOrderItem) {
        return dispatch + "-" + salesOrderItem;
    }

    /**
     * The order's prescriber NPI, for its prescription items.
     *
     * @throws VendorException.Rejected when the order has none, or one failing the NPI check digit
     */
    static String prescriber(OrderShipping.OrderFacts order, List<String> prescriptionItems) {
        String npi = order.prescriberNpi();
        if (npi == null || npi.isBlank()) {
            throw VendorException.rejected("Sales Order " + order.salesOrder() + " has no prescriber_npi: PharmaOne takes "
                    + String.join(", ", prescriptionItems) + " only with a prescription from its prescriber.");
        }
        if (!Npi.isValid(npi)) {
            throw VendorException.rejected("Prescriber NPI " + npi + " of Sales Order " + order.salesOrder()
                    + " fails the NPI check digit: PharmaOne cannot take the prescription.");
        }
        return npi;
    }

    /** @param shopId the org's shop, or null when the connection names none */
    static JsonObject body(String externalId, String shopId, OrderShipping.OrderFacts order, String npi, String productId, int quantity) {
        JsonObjectBuilder body = ApiJson.JSON.createObjectBuilder().add("external_id", externalId);
        if (shopId != null && !shopId.isBlank()) {
            body.add("shop_id", shopId);
        }
        return body.add("patient", PharmaOneOrderPayload.patient(order))
                .add("prescriber", ApiJson.JSON.createObjectBuilder().add("npi", npi))
                .add("product_id", productId).add("quantity", quantity)
                .add("notes", "MedGrid Sales Order " + order.salesOrder()).build();
    }

    /** The first prescription of a {@code GET /prescriptions?external_id=} page that has exactly that {@code external_id}. */
    static Optional<JsonObject> found(JsonObject page, String externalId) {
        if (!(page.get("data") instanceof JsonArray data)) {
            return Optional.empty();
        }
        return data.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .filter(p -> p.get("external_id") instanceof JsonString id && id.getString().equals(externalId)).findFirst();
    }

    static String requiredId(JsonObject prescription) {
        return PharmaOneOrders.orderId(prescription, "id").orElseThrow(() -> VendorException.unavailable(
                "PharmaOne's answer has no prescription id: " + TextRules.clip(prescription.toString(), TEXT_SHOWN), null));
    }
}

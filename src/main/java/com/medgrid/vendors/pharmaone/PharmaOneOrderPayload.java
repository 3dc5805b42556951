package com.medgrid.vendors.pharmaone;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.selling.OrderShipping;
import com.medgrid.selling.PersonName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The order PharmaOne takes in every submission mode, for a dispatch: the dispatch's name as
 * {@code external_id} (how a resend is recognised), the org's shop (v2 and v1; the connector's shop
 * injects its own), the patient and shipping address of the Sales Order, and per line the item's
 * {@code pharmaone_product_id} and a whole quantity. What PharmaOne could never take (an unmapped
 * item, a fraction of a unit, no address) is refused here, before any call.
 */
@ApplicationScoped
public class PharmaOneOrderPayload {

    /** A line as PharmaOne takes it. */
    record Line(String productId, int quantity) {
    }

    private static final Set<String> ITEM_FIELDS = Set.of(PharmaOne.PRODUCT_ID);

    @Inject
    OrderShipping shipping;
    @Inject
    ItemMappings items;

    /** @param shopId the org's shop, or null for the connector */
    JsonObject of(DispatchRequest request, String shopId) {
        List<Line> lines = new ArrayList<>();
        for (DispatchRequest.Line line : request.lines()) {
            String product = items.of(line.itemCode(), ITEM_FIELDS).map(i -> i.fields().get(PharmaOne.PRODUCT_ID))
                    .orElseThrow(() -> VendorException.rejected("Item " + line.itemCode() + " has no pharmaone_product_id: PharmaOne cannot take it."));
            lines.add(new Line(product, line.wholeUnits(PharmaOne.DESCRIPTION.label())));
        }
        return body(request.dispatch(), shopId, shipping.facts(request.salesOrder()), lines);
    }

    static JsonObject body(String externalId, String shopId, OrderShipping.OrderFacts order, List<Line> lines) {
        OrderShipping.ShipTo to = order.shipTo();
        if (to == null) {
            throw VendorException.rejected("Sales Order " + order.salesOrder() + " has no shipping address: PharmaOne ships to one.");
        }
        PersonName patient = PersonName.of(to.name());
        JsonObjectBuilder person = ApiJson.JSON.createObjectBuilder().add("first_name", patient.first()).add("last_name", patient.last());
        if (order.customerEmail() != null && !order.customerEmail().isBlank()) {
            person.add("email", order.customerEmail());
        }
        JsonObjectBuilder address = ApiJson.JSON.createObjectBuilder().add("name", to.name()).add("address1", to.street1())
                .add("city", to.city()).add("state", to.state()).add("zip", to.postalCode()).add("country", to.countryCode());
        if (to.street2() != null && !to.street2().isBlank()) {
            address.add("address2", to.street2());
        }
        JsonArrayBuilder rows = ApiJson.JSON.createArrayBuilder();
        lines.forEach(line -> rows.add(ApiJson.JSON.createObjectBuilder().add("product_id", line.productId()).add("quantity", line.quantity())));
        JsonObjectBuilder body = ApiJson.JSON.createObjectBuilder().add("external_id", externalId);
        if (shopId != null) {
            body.add("shop_id", shopId);
        }
        return body.add("patient", person).add("shipping_address", address).add("items", rows)
                .add("notes", "MedGrid Sales Order " + order.salesOrder()).build();
    }
}

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
 * {@code pharmaone_product_id}, a whole quantity and, for an item that requires a prescription, the
 * {@code prescription_id} PharmaOne gave its prescription ({@link PharmaOnePrescription}). What
 * PharmaOne could never take (an unmapped item, a fraction of a unit, no address) is refused here,
 * before any call.
 */
@ApplicationScoped
public class PharmaOneOrderPayload {

    /** A line as PharmaOne takes it; {@code prescriptionId} null for an item sold without a prescription. */
    record Line(String productId, int quantity, String prescriptionId) {

        Line(String productId, int quantity) {
            this(productId, quantity, null);
        }
    }

    /** A dispatch line with its PharmaOne product, in whole units, and whether the item requires a prescription. */
    record Mapped(DispatchRequest.Line line, String productId, int quantity, boolean requiresPrescription) {
    }

    private static final Set<String> ITEM_FIELDS = Set.of(PharmaOne.PRODUCT_ID);

    @Inject
    OrderShipping shipping;
    @Inject
    ItemMappings items;

    OrderShipping.OrderFacts facts(DispatchRequest request) {
        return shipping.facts(request.salesOrder());
    }

    /** Each line of the dispatch with its product; a refusal for an item without one or a fraction of a unit. */
    List<Mapped> lines(DispatchRequest request) {
        List<Mapped> lines = new ArrayList<>();
        for (DispatchRequest.Line line : request.lines()) {
            ItemMappings.ItemMapping item = items.of(line.itemCode(), ITEM_FIELDS).filter(i -> i.fields().get(PharmaOne.PRODUCT_ID) != null)
                    .orElseThrow(() -> VendorException.rejected("Item " + line.itemCode() + " has no pharmaone_product_id: PharmaOne cannot take it."));
            lines.add(new Mapped(line, item.fields().get(PharmaOne.PRODUCT_ID), line.wholeUnits(PharmaOne.DESCRIPTION.label()),
                    item.requiresPrescription()));
        }
        return lines;
    }

    /** The order's shipping address; a refusal when it has none, as PharmaOne ships to one. */
    static OrderShipping.ShipTo shipTo(OrderShipping.OrderFacts order) {
        if (order.shipTo() == null) {
            throw VendorException.rejected("Sales Order " + order.salesOrder() + " has no shipping address: PharmaOne ships to one.");
        }
        return order.shipTo();
    }

    /** {@code {first_name, last_name, email?}}: the person the order ships to, with the customer's email. */
    static JsonObjectBuilder patient(OrderShipping.OrderFacts order) {
        PersonName patient = PersonName.of(shipTo(order).name());
        JsonObjectBuilder person = ApiJson.JSON.createObjectBuilder().add("first_name", patient.first()).add("last_name", patient.last());
        if (order.customerEmail() != null && !order.customerEmail().isBlank()) {
            person.add("email", order.customerEmail());
        }
        return person;
    }

    static JsonObject body(String externalId, String shopId, OrderShipping.OrderFacts order, List<Line> lines) {
        OrderShipping.ShipTo to = shipTo(order);
        JsonObjectBuilder person = patient(order);
        JsonObjectBuilder address = ApiJson.JSON.createObjectBuilder().add("name", to.name()).add("address1", to.street1())
                .add("city", to.city()).add("state", to.state()).add("zip", to.postalCode()).add("country", to.countryCode());
        if (to.street2() != null && !to.street2().isBlank()) {
            address.add("address2", to.street2());
        }
        JsonArrayBuilder rows = ApiJson.JSON.createArrayBuilder();
        for (Line line : lines) {
            JsonObjectBuilder row = ApiJson.JSON.createObjectBuilder().add("product_id", line.productId()).add("quantity", line.quantity());
            rows.add(line.prescriptionId() == null ? row : row.add("prescription_id", line.prescriptionId()));
        }
        JsonObjectBuilder body = ApiJson.JSON.createObjectBuilder().add("external_id", externalId);
        if (shopId != null) {
            body.add("shop_id", shopId);
        }
        return body.add("patient", person).add("shipping_address", address).add("items", rows)
                .add("notes", "MedGrid Sales Order " + order.salesOrder()).build();
    }
}

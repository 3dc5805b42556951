package com.medgrid.vendors.centreresearch;

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
 * The body of {@code POST /sales-channels/integration/orders} for a dispatch: the Sales Order's name
 * as {@code partnerOrderId} (Centre Research's dedupe key), its customer and shipping address, and
 * per line only {@code variantId} (the item's {@code centre_research_product_id}) and a whole
 * {@code quantity}, as the guide says. What Centre Research could never take (an unmapped item, a
 * fraction of a unit, no address) is refused here, before any call.
 */
@ApplicationScoped
public class CentreResearchOrderPayload {

    /** A line as Centre Research takes it. */
    record Line(String variantId, int quantity) {
    }

    private static final Set<String> ITEM_FIELDS = Set.of(CentreResearch.PRODUCT_ID);

    @Inject
    OrderShipping shipping;
    @Inject
    ItemMappings items;

    JsonObject of(DispatchRequest request) {
        List<Line> lines = new ArrayList<>();
        for (DispatchRequest.Line line : request.lines()) {
            String variant = items.of(line.itemCode(), ITEM_FIELDS).map(i -> i.fields().get(CentreResearch.PRODUCT_ID))
                    .orElseThrow(() -> VendorException.rejected("Item " + line.itemCode() + " has no centre_research_product_id: "
                            + "Centre Research cannot take it."));
            lines.add(new Line(variant, line.wholeUnits(CentreResearch.DESCRIPTION.label())));
        }
        return body(shipping.facts(request.salesOrder()), lines);
    }

    static JsonObject body(OrderShipping.OrderFacts order, List<Line> lines) {
        OrderShipping.ShipTo to = order.shipTo();
        if (to == null) {
            throw VendorException.rejected("Sales Order " + order.salesOrder() + " has no shipping address: Centre Research ships to one.");
        }
        // MedGrid keeps no phone number for customers, so none is sent (the guide's example shows one)
        JsonObjectBuilder customer = names(order.customerName());
        if (order.customerEmail() != null && !order.customerEmail().isBlank()) {
            customer.add("email", order.customerEmail());
        }
        JsonObjectBuilder address = names(to.name()).add("address1", join(to.street1(), to.street2())).add("city", to.city())
                .add("state", to.state()).add("zip", to.postalCode()).add("country", to.countryCode());
        JsonArrayBuilder rows = ApiJson.JSON.createArrayBuilder();
        lines.forEach(line -> rows.add(ApiJson.JSON.createObjectBuilder().add("variantId", line.variantId()).add("quantity", line.quantity())));
        return ApiJson.JSON.createObjectBuilder().add("partnerOrderId", order.salesOrder()).add("customer", customer)
                .add("shippingAddress", address).add("items", rows).build();
    }

    /** First and last name from one name (Centre Research requires both). */
    private static JsonObjectBuilder names(String name) {
        PersonName person = PersonName.of(name);
        return ApiJson.JSON.createObjectBuilder().add("firstName", person.first()).add("lastName", person.last());
    }

    /** Centre Research has one street line: a second one (suite, unit) is appended to it. */
    private static String join(String street1, String street2) {
        String first = street1 == null ? "" : street1;
        return street2 == null || street2.isBlank() ? first : first + ", " + street2;
    }
}

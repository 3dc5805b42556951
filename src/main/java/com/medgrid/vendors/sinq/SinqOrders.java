package com.medgrid.vendors.sinq;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.selling.OrderShipping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Set;

/**
 * Builds the {@code orders/inbound} body of the integration guide: the Sales Order's name as
 * {@code reference} (SINQ's dedupe key), one line item per line by its {@code sinq_sku} in whole
 * units, and the order's shipping address. What SINQ could not ship is refused here, before any call.
 */
@ApplicationScoped
public class SinqOrders {

    private static final Set<String> ITEM_FIELDS = Set.of(Sinq.SKU);

    @Inject
    OrderShipping shipping;
    @Inject
    ItemMappings items;

    /** @throws VendorException rejected when a line has no {@code sinq_sku} or a fractional quantity, or the order no shipping address */
    public JsonObject payload(DispatchRequest request) {
        OrderShipping.OrderFacts facts = shipping.facts(request.salesOrder());
        if (facts.shipTo() == null) {
            throw VendorException.rejected("Sales Order " + request.salesOrder() + " has no shipping address; SINQ Ops needs one to ship.");
        }
        JsonArrayBuilder lines = ApiJson.JSON.createArrayBuilder();
        for (DispatchRequest.Line line : request.lines()) {
            lines.add(ApiJson.JSON.createObjectBuilder().add("serviceSKU", sku(line)).add("quantity", line.wholeUnits("SINQ Ops")));
        }
        return ApiJson.JSON.createObjectBuilder()
                .add("reference", request.salesOrder())
                .add("lineItems", lines)
                .add("shippingAddress", address(facts.shipTo()))
                .build();
    }

    private String sku(DispatchRequest.Line line) {
        String sku = items.of(line.itemCode(), ITEM_FIELDS).map(i -> i.fields().get(Sinq.SKU)).orElse(null);
        if (sku == null || sku.isBlank()) {
            throw VendorException.rejected("Item " + line.itemCode() + " has no sinq_sku: map it to its SINQ service SKU.");
        }
        return sku;
    }

    static JsonObject address(OrderShipping.ShipTo to) {
        JsonObjectBuilder address = ApiJson.JSON.createObjectBuilder()
                .add("firstName", to.name())
                .add("address1", to.street1())
                .add("city", to.city())
                .add("provinceCode", to.state())
                .add("zip", to.postalCode())
                .add("countryCode", to.countryCode());
        if (to.street2() != null && !to.street2().isBlank()) {
            address.add("address2", to.street2());
        }
        return address.build();
    }
}

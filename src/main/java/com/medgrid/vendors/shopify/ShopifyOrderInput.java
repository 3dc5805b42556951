package com.medgrid.vendors.shopify;

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

import java.util.List;
import java.util.Set;

/**
 * The {@code OrderCreateOrderInput} of {@code orderCreate} for a dispatch: the lines whose items
 * have a variant of the store ({@code exoceuticals_variant_id}, {@code shopify_variant_id}; Shopify
 * prices them), the Sales Order's shipping address (required), the store's order tag, and the
 * dispatch's own tag and source identifier,
 * by which a retry finds an order a timed-out call created. What Shopify could never take is refused
 * here, before any call.
 */
@ApplicationScoped
public class ShopifyOrderInput {

    @Inject
    OrderShipping shipping;
    @Inject
    ItemMappings items;

    /** A line as Shopify takes it. */
    record Line(String variantId, int quantity) {
    }

    /** The lines of {@code lines} that have a variant of the store; a refusal when none has. */
    List<Line> lines(String salesOrder, List<DispatchRequest.Line> lines, ShopifyItemFields store) {
        Set<String> variantField = Set.of(store.variantId());
        List<Line> mapped = lines.stream()
                .map(line -> items.of(line.itemCode(), variantField).map(item -> item.fields().get(store.variantId()))
                        .map(variant -> new Line(variant, line.wholeUnits(store.label()))))
                .flatMap(java.util.Optional::stream)
                .toList();
        if (mapped.isEmpty()) {
            throw VendorException.rejected("No line of Sales Order " + salesOrder + " has an item with a " + store.variantId() + ": "
                    + store.syncHint() + " to map items to Shopify variants.");
        }
        return mapped;
    }

    JsonObject of(String dispatch, String salesOrder, List<Line> lines, String orderTag) {
        return body(dispatch, shipping.facts(salesOrder), lines, orderTag);
    }

    /** The tag that marks the order of one dispatch, searchable as {@code tag:'medgrid-<dispatch>'}. */
    static String dispatchTag(String dispatch) {
        return "medgrid-" + dispatch;
    }

    static JsonObject body(String dispatch, OrderShipping.OrderFacts order, List<Line> lines, String orderTag) {
        OrderShipping.ShipTo to = order.shipTo();
        if (to == null) {
            throw VendorException.rejected("Sales Order " + order.salesOrder() + " has no shipping address: a Shopify order ships to one.");
        }
        JsonArrayBuilder lineItems = ApiJson.JSON.createArrayBuilder();
        lines.forEach(line -> lineItems.add(ApiJson.JSON.createObjectBuilder().add("variantId", line.variantId()).add("quantity", line.quantity())));
        JsonObjectBuilder input = ApiJson.JSON.createObjectBuilder()
                .add("lineItems", lineItems)
                .add("shippingAddress", address(to))
                .add("tags", ApiJson.JSON.createArrayBuilder().add(orderTag).add(dispatchTag(dispatch)))
                .add("sourceIdentifier", dispatch)
                .add("note", "MedGrid Sales Order " + order.salesOrder());
        if (order.customerEmail() != null && !order.customerEmail().isBlank()) {
            input.add("email", order.customerEmail());
        }
        return input.build();
    }

    private static JsonObjectBuilder address(OrderShipping.ShipTo to) {
        PersonName name = PersonName.of(to.name());
        JsonObjectBuilder address = ApiJson.JSON.createObjectBuilder().add("firstName", name.first()).add("lastName", name.last())
                .add("address1", to.street1()).add("city", to.city()).add("provinceCode", to.state()).add("zip", to.postalCode())
                .add("countryCode", to.countryCode());
        if (to.street2() != null && !to.street2().isBlank()) {
            address.add("address2", to.street2());
        }
        return address;
    }
}

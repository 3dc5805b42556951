package com.medgrid.vendors.shipstation;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.selling.OrderShipping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@code orders/createorder} payload of the API reference: the Sales Order's name as
 * both {@code orderNumber} and {@code orderKey} (so a resend updates rather than duplicates), and
 * only the lines this ShipStation account ships.
 */
@ApplicationScoped
public class ShipStationOrders {

    private static final Set<String> ITEM_FIELDS = Set.copyOf(ShipStation.DESCRIPTION.itemFields());

    @Inject
    OrderShipping shipping;
    @Inject
    ItemMappings items;

    public JsonObject payload(String salesOrder, List<DispatchRequest.Line> lines) {
        OrderShipping.OrderFacts facts = shipping.facts(salesOrder);
        JsonArrayBuilder rows = ApiJson.JSON.createArrayBuilder();
        BigDecimal total = BigDecimal.ZERO;
        for (DispatchRequest.Line line : lines) {
            String sku = items.of(line.itemCode(), ITEM_FIELDS).map(i -> i.fields().get("shipstation_product_id")).orElse(null);
            rows.add(ApiJson.JSON.createObjectBuilder()
                    .add("lineItemKey", line.salesOrderItem())
                    .add("sku", sku != null ? sku : line.itemCode())
                    .add("name", line.itemName())
                    .add("quantity", line.wholeUnits("ShipStation"))
                    .add("unitPrice", line.rate()));
            total = total.add(line.qty().multiply(line.rate()));
        }
        JsonObjectBuilder order = ApiJson.JSON.createObjectBuilder()
                .add("orderNumber", salesOrder)
                .add("orderKey", salesOrder)
                .add("orderDate", facts.orderDate().toString())
                .add("orderStatus", "awaiting_shipment")
                .add("amountPaid", total)
                .add("items", rows);
        if (facts.customerEmail() != null) {
            order.add("customerEmail", facts.customerEmail());
        }
        if (facts.shipTo() != null) {
            JsonObject address = address(facts.shipTo());
            order.add("shipTo", address).add("billTo", address);
        }
        return order.build();
    }

    private static JsonObject address(OrderShipping.ShipTo to) {
        JsonObjectBuilder address = ApiJson.JSON.createObjectBuilder().add("name", to.name()).add("street1", to.street1())
                .add("city", to.city()).add("state", to.state()).add("postalCode", to.postalCode())
                .add("country", to.countryCode());
        if (to.street2() != null) {
            address.add("street2", to.street2());
        }
        return address.build();
    }
}

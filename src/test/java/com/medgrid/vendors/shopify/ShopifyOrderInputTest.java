package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.selling.OrderShipping;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShopifyOrderInputTest {

    private static final OrderShipping.ShipTo TO = new OrderShipping.ShipTo("Jane Smith", "123 Main St", "Suite 4", "Austin", "TX", "78701",
            "United States");

    private static OrderShipping.OrderFacts order(OrderShipping.ShipTo to) {
        return new OrderShipping.OrderFacts("SO-2026-00123", "C1", "Bayside Clinic", "buyer@clinic.example", LocalDate.of(2026, 12, 6), to, null);
    }

    @Test
    void theOrderCarriesTheTagsTheSourceIdentifierAndOnlyVariantAndQuantityPerLine() {
        JsonObject input = ShopifyOrderInput.body("SO-2026-00123-exoceuticals", order(TO),
                List.of(new ShopifyOrderInput.Line("gid://shopify/ProductVariant/11", 2)), "Skydell");
        assertEquals("{\"lineItems\":[{\"variantId\":\"gid://shopify/ProductVariant/11\",\"quantity\":2}],"
                + "\"shippingAddress\":{\"firstName\":\"Jane\",\"lastName\":\"Smith\",\"address1\":\"123 Main St\",\"city\":\"Austin\","
                + "\"provinceCode\":\"TX\",\"zip\":\"78701\",\"countryCode\":\"US\",\"address2\":\"Suite 4\"},"
                + "\"tags\":[\"Skydell\",\"medgrid-SO-2026-00123-exoceuticals\"],\"sourceIdentifier\":\"SO-2026-00123-exoceuticals\","
                + "\"note\":\"MedGrid Sales Order SO-2026-00123\",\"email\":\"buyer@clinic.example\"}", input.toString());
    }

    @Test
    void anOrderWithoutAShippingAddressIsRefusedBeforeAnyCall() {
        assertThrows(VendorException.Rejected.class, () -> ShopifyOrderInput.body("D", order(null),
                List.of(new ShopifyOrderInput.Line("v", 1)), "Skydell"));
    }
}

package com.medgrid.vendors.sinq;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.selling.OrderShipping;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SinqOrdersTest {

    @Test
    void theShippingAddressInSinqsFields() {
        JsonObject address = SinqOrders.address(new OrderShipping.ShipTo("Jane Doe", "123 Main St", null, "Austin", "TX", "78701", "United States"));
        assertEquals("{\"firstName\":\"Jane Doe\",\"address1\":\"123 Main St\",\"city\":\"Austin\",\"provinceCode\":\"TX\","
                + "\"zip\":\"78701\",\"countryCode\":\"US\"}", address.toString());
        assertEquals("Suite 4", SinqOrders.address(new OrderShipping.ShipTo("J", "1 A St", "Suite 4", "B", "C", "1", "ca"))
                .getString("address2"));
    }

    @Test
    void theApiUrlMustBeAnHttpUrl() {
        assertEquals("https://sinq.example/x", SinqCalls.baseUri("https://sinq.example/x").toString());
        for (String bad : new String[]{null, "sinq.example", "ftp://sinq.example", "http://", "http://bad host"}) {
            VendorException e = assertThrows(VendorException.class, () -> SinqCalls.baseUri(bad));
            assertTrue(e.notConfigured(), bad);
        }
    }
}

package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.selling.OrderShipping;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PharmaOneOrdersTest {

    private static JsonObject json(String text) {
        return ApiJson.JSON.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aShippedOrderIsNewsWithItsTrackingAtItsTime() {
        VendorUpdate update = PharmaOneOrders.update(json("{\"id\":\"p1ord_7\",\"status\":\"shipped\",\"tracking_number\":\"9400111\","
                + "\"carrier\":\"USPS\",\"tracking_url\":\"https://t.example/9400111\",\"updated_at\":\"2026-06-19T10:00:00Z\"}"));
        assertEquals(new VendorUpdate("Shipped", Instant.parse("2026-06-19T10:00:00Z"), "9400111", "USPS", "https://t.example/9400111"), update);
    }

    @Test
    void anUnknownStatusOrTimeChangesNothingOfTheRecordedOnes() {
        VendorUpdate update = PharmaOneOrders.update(json("{\"id\":\"p1ord_7\",\"status\":\"on_fire\",\"updated_at\":\"yesterday\"}"));
        assertNull(update.status());
        assertNull(update.at());
        assertEquals("Pending", PharmaOneOrders.status(json("{\"id\":\"p1ord_7\"}")));
        assertEquals("Cancelled", PharmaOneOrders.status(json("{\"status\":\"CANCELED\"}")));
    }

    @Test
    void anAnswerWithoutAnOrderIdIsNotAnOrder() {
        assertThrows(VendorException.Unavailable.class, () -> PharmaOneOrders.requiredId(json("{\"status\":\"pending\"}")));
    }

    @Test
    void thePayloadCarriesTheDispatchAsExternalIdAndOnlyProductAndQuantityPerLine() {
        OrderShipping.OrderFacts order = new OrderShipping.OrderFacts("SO-2026-00042", "C1", "Bayside Clinic", "buyer@clinic.example",
                LocalDate.of(2026, 12, 6), new OrderShipping.ShipTo("Jane Smith", "1 Bay St", null, "San Diego", "CA", "92101", "United States"), null);
        JsonObject body = PharmaOneOrderPayload.body("SO-2026-00042-pharmaone", "shop_1", order,
                List.of(new PharmaOneOrderPayload.Line("p1prod_3", 2)));
        assertEquals("{\"external_id\":\"SO-2026-00042-pharmaone\",\"shop_id\":\"shop_1\","
                + "\"patient\":{\"first_name\":\"Jane\",\"last_name\":\"Smith\",\"email\":\"buyer@clinic.example\"},"
                + "\"shipping_address\":{\"name\":\"Jane Smith\",\"address1\":\"1 Bay St\",\"city\":\"San Diego\",\"state\":\"CA\","
                + "\"zip\":\"92101\",\"country\":\"US\"},\"items\":[{\"product_id\":\"p1prod_3\",\"quantity\":2}],"
                + "\"notes\":\"MedGrid Sales Order SO-2026-00042\"}", body.toString());
        JsonObject forConnector = PharmaOneOrderPayload.body("D", null, order, List.of(new PharmaOneOrderPayload.Line("p", 1)));
        assertEquals(false, forConnector.containsKey("shop_id"));
        assertThrows(VendorException.Rejected.class, () -> PharmaOneOrderPayload.body("D", "s",
                new OrderShipping.OrderFacts("SO-1", "C", "C", null, LocalDate.now(), null, null), List.of()));
    }
}

package com.medgrid.vendors.centreresearch;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.selling.OrderShipping;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CentreResearchOrderPayloadTest {

    private static final OrderShipping.ShipTo TO = new OrderShipping.ShipTo("Jane Smith", "123 Main St", "Suite 4", "Austin", "TX", "78701",
            "United States");

    @Test
    void theBodyCarriesTheDedupeKeyPeopleAndOnlyVariantAndQuantityPerLine() {
        JsonObject body = CentreResearchOrderPayload.body(new OrderShipping.OrderFacts("SO-2026-00123", "C1", "Jane Smith", "jane@clinic.com",
                LocalDate.of(2026, 6, 1), TO, null), List.of(new CentreResearchOrderPayload.Line("cr-variant-id-001", 2)));
        assertEquals("{\"partnerOrderId\":\"SO-2026-00123\",\"customer\":{\"firstName\":\"Jane\",\"lastName\":\"Smith\",\"email\":\"jane@clinic.com\"},"
                + "\"shippingAddress\":{\"firstName\":\"Jane\",\"lastName\":\"Smith\",\"address1\":\"123 Main St, Suite 4\",\"city\":\"Austin\","
                + "\"state\":\"TX\",\"zip\":\"78701\",\"country\":\"US\"},\"items\":[{\"variantId\":\"cr-variant-id-001\",\"quantity\":2}]}",
                body.toString());
    }

    @Test
    void anOrderWithoutAShippingAddressIsRefusedBeforeAnyCall() {
        assertThrows(VendorException.Rejected.class, () -> CentreResearchOrderPayload.body(new OrderShipping.OrderFacts("SO-1", "C1", "Clinic",
                null, LocalDate.of(2026, 6, 1), null, null), List.of(new CentreResearchOrderPayload.Line("v", 1))));
    }
}

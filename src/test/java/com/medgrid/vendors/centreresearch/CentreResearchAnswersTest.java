package com.medgrid.vendors.centreresearch;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CentreResearchAnswersTest {

    private static JsonObject json(String text) {
        return ApiJson.JSON.createReader(new StringReader(text)).readObject();
    }

    @Test
    void successFalseInsideA200IsARefusalWithTheVendorsError() {
        VendorException e = assertThrows(VendorException.Rejected.class,
                () -> CentreResearchAnswers.data(json("{\"success\":false,\"error\":\"Variant out of stock\"}")));
        assertEquals("Centre Research refused the request: Variant out of stock", e.getMessage());
    }

    @Test
    void anAnswerWithoutTheEnvelopeIsTheVendorBeingUnwellNotARefusal() {
        assertThrows(VendorException.Unavailable.class, () -> CentreResearchAnswers.data(json("{\"orderId\":\"x\"}")));
        assertThrows(VendorException.Unavailable.class, () -> CentreResearchAnswers.data(json("{\"success\":\"true\",\"data\":{}}")));
        assertThrows(VendorException.Unavailable.class, () -> CentreResearchAnswers.orderId(json("{\"status\":\"PENDING\"}")));
    }

    @Test
    void aPlacedOrderGivesItsIdStatusAndTier() {
        JsonObject data = CentreResearchAnswers.data(json("{\"success\":true,\"data\":{\"orderId\":123,\"status\":\"PENDING\",\"shippingTier\":\"2-Day\"}}"));
        assertEquals("123", CentreResearchAnswers.orderId(data));
        assertEquals("Pending", CentreResearchAnswers.placedStatus(data));
        assertEquals(Map.of("shipping_tier", "2-Day"), CentreResearchAnswers.details(data));
        assertEquals("Pending", CentreResearchAnswers.placedStatus(json("{\"orderId\":\"a\"}")));
    }

    @Test
    void aPolledOrderBecomesNewsWithTheVendorsTimeAndTracking() {
        VendorUpdate update = CentreResearchAnswers.update(json("{\"orderId\":\"a\",\"status\":\"LABEL_CREATED\",\"updatedAt\":\"2026-06-19T10:00:00-05:00\","
                + "\"shippingTier\":\"Overnight\",\"trackingNumber\":\"1Z1\",\"carrier\":\"UPS\",\"trackingUrl\":\"https://t/1Z1\"}")).orElseThrow();
        assertEquals(new VendorUpdate("Label Created", Instant.parse("2026-06-19T15:00:00Z"), "1Z1", "UPS", "https://t/1Z1", null,
                Map.of("shipping_tier", "Overnight")), update);
        assertEquals("On Hold", CentreResearchAnswers.update(json("{\"status\":\"ON_HOLD\"}")).orElseThrow().status());
    }

    @Test
    void anUnreadableOrMissingTimeIsNoTimeNeverNow() {
        assertNull(CentreResearchAnswers.update(json("{\"status\":\"DELIVERED\",\"updatedAt\":\"yesterday-ish\"}")).orElseThrow().at());
        assertNull(CentreResearchAnswers.update(json("{\"status\":\"DELIVERED\",\"updatedAt\":1718791200}")).orElseThrow().at());
        assertNull(CentreResearchAnswers.update(json("{\"status\":\"DELIVERED\"}")).orElseThrow().at());
    }

    @Test
    void anUnknownStatusLeavesTheRecordedOneAndAnEmptyOrderSaysNothing() {
        VendorUpdate update = CentreResearchAnswers.update(json("{\"status\":\"TELEPORTED\",\"trackingNumber\":\"1Z2\"}")).orElseThrow();
        assertNull(update.status());
        assertEquals("1Z2", update.trackingNumber());
        assertEquals(Optional.empty(), CentreResearchAnswers.update(json("{\"status\":\"TELEPORTED\"}")));
    }

    @Test
    void errorBodiesShowTheVendorsTextOnlyWhenTheyAreItsEnvelope() {
        assertEquals(Optional.of("Order not found"), CentreResearchAnswers.errorText("{\"success\":false,\"error\":\"Order not found\"}"));
        assertEquals(Optional.empty(), CentreResearchAnswers.errorText("<html>Not Found</html>"));
        assertEquals(Optional.empty(), CentreResearchAnswers.errorText("{\"message\":\"nginx\"}"));
        assertTrue(CentreResearchAnswers.errorText("").isEmpty());
    }
}

package com.medgrid.vendors.sinq;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SinqEventTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void theFlatFormat() {
        SinqEvent event = SinqEvent.of(json("{'reference':'SO-1','status':'shipped',"
                + "'tracking':{'trackingNumber':'1Z9','trackingUrl':'https://t/1Z9','shipBy':'UPS'}}"));
        assertEquals(new SinqEvent("SO-1", "Shipped", "1Z9", "https://t/1Z9", "UPS"), event);
    }

    @Test
    void theNestedFormat() {
        SinqEvent event = SinqEvent.of(json("{'type':'order.shipped','data':{'reference':'SO-1',"
                + "'tracking':{'trackingNumber':'1Z9','trackingUrl':'https://t/1Z9','shipBy':'UPS'}}}"));
        assertEquals(new SinqEvent("SO-1", "Shipped", "1Z9", "https://t/1Z9", "UPS"), event);
        assertEquals(new SinqEvent("SO-1", "Completed", null, null, null), SinqEvent.of(json("{'type':'order.completed','data':{'reference':'SO-1'}}")));
    }

    @Test
    void everySinqStatusHasItsSalesOrderValue() {
        for (String status : new String[]{"synced", "pending", "shipped", "completed", "cancelled", "failed"}) {
            String expected = Character.toUpperCase(status.charAt(0)) + status.substring(1);
            assertEquals(expected, SinqEvent.of(json("{'reference':'SO-1','status':'" + status + "'}")).status());
            assertEquals(expected, SinqEvent.of(json("{'type':'order." + status + "','data':{'reference':'SO-1'}}")).status());
        }
    }

    @Test
    void whatCannotBeAppliedIsRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SinqEvent.of(json("{'reference':'SO-1','status':'lost'}")))
                .getMessage().contains("Unknown SINQ status lost"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SinqEvent.of(json("{'status':'shipped'}")))
                .getMessage().contains("no reference"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SinqEvent.of(json("{'type':'order.shipped','data':'x'}")))
                .getMessage().contains("data object"));
        assertThrows(IllegalArgumentException.class, () -> SinqEvent.of(json("{'type':'shipment.created','data':{'reference':'SO-1'}}")));
        assertThrows(IllegalArgumentException.class, () -> SinqEvent.of(json("{'reference':'SO-1','status':7}")));
    }
}

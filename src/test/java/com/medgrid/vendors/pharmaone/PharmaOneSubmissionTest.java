package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PharmaOneSubmissionTest {

    @Test
    void v2IsTheDefaultAndNeedsTheShop() {
        assertEquals(PharmaOneSubmission.V2, PharmaOneSubmission.of(Map.of("pharmaone_shop_id", "shop_1")));
        VendorException missing = assertThrows(VendorException.NotConfigured.class, () -> PharmaOneSubmission.of(Map.of()));
        assertTrue(missing.getMessage().contains("pharmaone_shop_id"), missing.getMessage());
    }

    @Test
    void theConnectorNeedsAShopHostName() {
        assertEquals(PharmaOneSubmission.CONNECTOR, PharmaOneSubmission.of(Map.of("pharmaone_submission_mode", " Connector ",
                "pharmaone_shop_domain", "skydell-rx.pharmaone.shop")));
        for (String domain : new String[] {"https://skydell-rx.pharmaone.shop", "skydell rx", "localhost", "evil.example/path"}) {
            assertThrows(VendorException.NotConfigured.class, () -> PharmaOneSubmission.of(Map.of("pharmaone_submission_mode", "connector",
                    "pharmaone_shop_domain", domain)), domain);
        }
    }

    @Test
    void anUnknownModeIsRefusedWithTheChoices() {
        VendorException unknown = assertThrows(VendorException.NotConfigured.class,
                () -> PharmaOneSubmission.of(Map.of("pharmaone_submission_mode", "v3", "pharmaone_shop_id", "s")));
        assertTrue(unknown.getMessage().contains("v2, v1 or connector"), unknown.getMessage());
    }

    @Test
    void onlyV2LeavesDeduplicationToMedGrid() {
        assertFalse(PharmaOneSubmission.V2.deduplicatedByPharmaOne());
        assertTrue(PharmaOneSubmission.V1.deduplicatedByPharmaOne());
        assertTrue(PharmaOneSubmission.CONNECTOR.deduplicatedByPharmaOne());
    }
}

package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MdiCaseStatusTest {

    private static JsonObject json(String text) {
        return ApiJson.JSON.createReader(new StringReader(text)).readObject();
    }

    @Test
    void anApprovedCaseNamesItsClinicianAndTheWebhooksTimeWins() {
        Instant sent = Instant.ofEpochSecond(1_733_258_743);
        VendorUpdate update = MdiCaseStatus.of(json("""
                {"case_id": "c1", "case_status": {"name": "approved", "reason": null, "updated_at": "2026-12-01T10:00:00Z"},
                 "case_assignment": {"clinician": {"full_name": "Dr. Avery Lin", "npi": "1234567893"}}}"""), sent);
        assertEquals("Approved", update.status());
        assertEquals(sent, update.at());
        assertEquals(Map.of("clinician_npi", "1234567893", "clinician_name", "Dr. Avery Lin"), update.details());
    }

    @Test
    void aDeclinedCaseKeepsItsReasonAndAPollUsesTheStatusTime() {
        VendorUpdate update = MdiCaseStatus.of(json("""
                {"case_status": {"name": "Declined", "reason": "Not a candidate", "updated_at": "2026-12-01T10:00:00.123456Z"},
                 "case_assignment": null}"""), null);
        assertEquals("Declined", update.status());
        assertEquals(Instant.parse("2026-12-01T10:00:00.123456Z"), update.at());
        assertEquals(Map.of("status_reason", "Not a candidate"), update.details());
    }

    @Test
    void statusesMdiHasSeveralWordsForAreOneOfOursAndUnknownOnesShowAsGiven() {
        assertEquals("Processing", MdiCaseStatus.status("assigned"));
        assertEquals("Processing", MdiCaseStatus.status("support"));
        assertEquals("Approved", MdiCaseStatus.status("completed"));
        assertEquals("on_hold", MdiCaseStatus.status("on_hold"));
        assertNull(MdiCaseStatus.of(json("{\"case_status\": \"broken\"}"), null).status());
    }

    @Test
    void aLateRetryNeverMovesACaseBackAndEventsOfOneSecondFollowTheLifecycle() {
        assertTrue(Mdi.DESCRIPTION.movesBack("Approved", "Waiting"));
        assertTrue(Mdi.DESCRIPTION.movesOn("Waiting", "Approved"));
        assertFalse(Mdi.DESCRIPTION.movesBack("Waiting", "Declined"));
    }

    @Test
    void validationErrorsNameTheirFields() {
        assertEquals(" date_of_birth: The date of birth must be a date before today.; gender: The gender field is required.",
                MdiErrors.fieldErrors(json("""
                        {"message": "The given data was invalid.", "errors": {"date_of_birth": ["The date of birth must be a date before today."],
                         "gender": ["The gender field is required."]}}""")));
        assertEquals("", MdiErrors.fieldErrors(json("{\"message\": \"Not found\"}")));
    }
}

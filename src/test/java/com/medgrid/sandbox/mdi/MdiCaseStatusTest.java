package com.medgrid.sandbox.mdi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MdiCaseStatusTest {

    private static final String NOW = "2026-01-02T03:04:05Z";

    private static JsonObject newCase() {
        JsonObject body = Json.createObjectBuilder().add("patient_id", "p-1").add("metadata", "order SO-1")
                .add("case_offerings", Json.createArrayBuilder().add(Json.createObjectBuilder().add("offering_id", MdiOfferings.DEMO_OFFERING_ID))
                        .add(Json.createObjectBuilder().add("offering_id", MdiOfferings.ALL.get(1).id()))).build();
        return MdiCaseRequest.newCase(body, "c-1", NOW);
    }

    @Test
    void theUsualPathIsAllowed() {
        List<String> path = List.of("created", "processing", "waiting", "processing", "approved");
        for (int i = 1; i < path.size(); i++) {
            assertEquals(Optional.empty(), MdiCaseStatus.refusal(path.get(i - 1), path.get(i)), path.get(i - 1) + " → " + path.get(i));
        }
        for (String end : List.of("approved", "declined", "cancelled")) {
            assertEquals(Optional.empty(), MdiCaseStatus.refusal("waiting", end));
            assertEquals(Optional.empty(), MdiCaseStatus.refusal("created", end), "a control may decide a case at once");
        }
    }

    @Test
    void nothingLeavesAFinalStateOrGoesBackToCreatedOrStaysWhereItIs() {
        for (String end : MdiCaseStatus.FINAL) {
            for (String to : MdiCaseStatus.TARGETS) {
                assertTrue(MdiCaseStatus.refusal(end, to).isPresent(), end + " → " + to);
            }
        }
        assertTrue(MdiCaseStatus.refusal("processing", "created").isPresent());
        assertTrue(MdiCaseStatus.refusal("waiting", "waiting").isPresent());
        assertEquals(Optional.of("The case is approved: it cannot move to cancelled"), MdiCaseStatus.refusal("approved", "cancelled"));
    }

    @Test
    void eachMoveSendsMdisEvent() {
        assertEquals(Optional.empty(), MdiCaseStatus.event("processing"));
        assertEquals(Optional.of("case_waiting"), MdiCaseStatus.event("waiting"));
        assertEquals(Optional.of("case_approved"), MdiCaseStatus.event("approved"));
        assertEquals(Optional.of("case_cancelled"), MdiCaseStatus.event("declined"));
        assertEquals(Optional.of("case_cancelled"), MdiCaseStatus.event("cancelled"));
    }

    @Test
    void aNewCaseIsCreatedUnassignedWithNothingPrescribed() {
        JsonObject created = newCase();
        assertEquals("created", MdiCaseStatus.of(created));
        assertTrue(created.isNull("case_assignment"));
        assertTrue(created.getJsonArray("prescriptions").isEmpty());
        assertEquals(false, created.getBoolean("hold_status"));
        assertEquals("MedGrid prescription review", created.getJsonArray("case_offerings").getJsonObject(0).getString("title"));
    }

    @Test
    void approvingAssignsTheDemoClinicianIfNoneAndPrescribesEachOffering() {
        JsonObject approved = MdiCaseStatus.move(newCase(), "approved", null, null, "2026-01-02T04:00:00Z");
        assertEquals("approved", MdiCaseStatus.of(approved));
        assertEquals("2026-01-02T04:00:00Z", approved.getJsonObject("case_status").getString("updated_at"));
        JsonObject clinician = approved.getJsonObject("case_assignment").getJsonObject("clinician");
        assertEquals("Dr. Avery Lin", clinician.getString("full_name"));
        assertEquals("1234567893", clinician.getString("npi"));
        assertEquals(List.of(MdiOfferings.DEMO_OFFERING_ID, MdiOfferings.ALL.get(1).id()), approved.getJsonArray("prescriptions")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("offering_id")).toList());
    }

    @Test
    void aGivenClinicianIsAssignedAndAReasonKept() {
        MdiClinician other = new MdiClinician("Dr. Sam Ortiz", "1245319599");
        JsonObject taken = MdiCaseStatus.move(newCase(), "processing", null, other, NOW);
        JsonObject declined = MdiCaseStatus.move(taken, "declined", "Contraindicated", null, NOW);
        assertEquals("Dr. Sam Ortiz", declined.getJsonObject("case_assignment").getJsonObject("clinician").getString("full_name"));
        assertEquals("Contraindicated", declined.getJsonObject("case_status").getString("reason"));
        assertTrue(declined.getJsonArray("prescriptions").isEmpty());
        assertThrows(IllegalStateException.class, () -> MdiCaseStatus.move(declined, "approved", null, null, NOW));
    }

    @Test
    void theDemoNpiHasAValidCheckDigit() {
        // Luhn over the prefix 80840 and the first nine digits, as NPPES checks an NPI
        String digits = "80840" + MdiClinician.DEMO.npi().substring(0, 9);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        assertEquals((10 - sum % 10) % 10, MdiClinician.DEMO.npi().charAt(9) - '0');
    }
}

package com.medgrid.sandbox.mdi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Patients' and cases' bodies, refused as MDI's Laravel does (every field at once, its messages). */
class MdiRequestsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String DENVER = MdiStates.cities(MdiStates.search("Colorado").get(0), "Denver").get(0).id();

    private static JsonObjectBuilder patient() {
        return Json.createObjectBuilder().add("first_name", "Renée").add("last_name", "Lin").add("email", "renee@example.com")
                .add("date_of_birth", "1990-05-04").add("gender", 2).add("phone_number", "3035550100").add("phone_type", 2)
                .add("address", Json.createObjectBuilder().add("address", "1 Main St").add("city_id", DENVER).add("zip_code", "80202"));
    }

    private static Map<String, List<String>> patientErrors(JsonObject body) {
        return MdiPatientRequest.validate(body, TODAY).errors();
    }

    @Test
    void aCompletePatientIsValidAndEchoedWithItsId() {
        JsonObject body = patient().add("metadata", "customer C-1").build();
        assertTrue(patientErrors(body).isEmpty(), patientErrors(body).toString());
        JsonObject patient = MdiPatientRequest.patient(body, "p-1", java.time.Instant.parse("2026-03-01T10:00:00Z"));
        assertEquals("p-1", patient.getString("patient_id"));
        assertEquals(2, patient.getInt("gender"));
        assertTrue(patient.getJsonObject("address").isNull("address2"));
        assertEquals("customer C-1", patient.getString("metadata"));
        assertEquals("2026-03-01T10:00:00Z", patient.getString("created_at"));
    }

    @Test
    void everyMissingFieldIsNamedAsLaravelNamesIt() {
        Map<String, List<String>> errors = patientErrors(Json.createObjectBuilder().build());
        assertEquals(List.of("first_name", "last_name", "email", "date_of_birth", "gender", "phone_number", "phone_type", "address"),
                List.copyOf(errors.keySet()));
        assertEquals(List.of("The first name field is required."), errors.get("first_name"));
        assertEquals(List.of("The date of birth field is required."), errors.get("date_of_birth"));
        Map<String, List<String>> address = patientErrors(patient().add("address", Json.createObjectBuilder().add("address2", 5)).build());
        assertEquals(Map.of("address.address", List.of("The address.address field is required."),
                "address.address2", List.of("The address.address2 must be a string."),
                "address.city_id", List.of("The address.city id field is required."),
                "address.zip_code", List.of("The address.zip code field is required.")), address);
    }

    @Test
    void wrongValuesAreRefused() {
        Map<String, List<String>> errors = patientErrors(patient().add("email", "renee").add("date_of_birth", "2026-03-01").add("gender", 3)
                .add("phone_type", "cell").add("address", Json.createObjectBuilder().add("address", "1 Main St")
                        .add("city_id", "00000000-0000-0000-0000-000000000000").add("zip_code", "8020")).build());
        assertEquals(List.of("The email must be a valid email address."), errors.get("email"));
        assertEquals(List.of("The date of birth must be a date before today."), errors.get("date_of_birth"));
        assertEquals(List.of("The selected gender is invalid."), errors.get("gender"));
        assertEquals(List.of("The phone type must be an integer."), errors.get("phone_type"));
        assertEquals(List.of("The selected address.city id is invalid."), errors.get("address.city_id"));
        assertEquals(List.of("The address.zip code format is invalid."), errors.get("address.zip_code"));
        assertEquals(List.of("The date of birth does not match the format Y-m-d."),
                patientErrors(patient().add("date_of_birth", "04/05/1990").build()).get("date_of_birth"));
        assertEquals(List.of("The address must be an array."), patientErrors(patient().add("address", "1 Main St").build()).get("address"));
    }

    @Test
    void aCaseNeedsItsPatientAndKnownOfferings() {
        JsonObject good = Json.createObjectBuilder().add("patient_id", "p-1")
                .add("case_offerings", Json.createArrayBuilder().add(Json.createObjectBuilder().add("offering_id", MdiOfferings.DEMO_OFFERING_ID)))
                .add("case_questions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("question", "Allergies?").add("answer", "None")
                        .add("type", "string")))
                .add("metadata", "SO-1").add("hold_status", true).build();
        assertTrue(MdiCaseRequest.validate(good).isEmpty(), MdiCaseRequest.validate(good).errors().toString());
        JsonObject created = MdiCaseRequest.newCase(good, "c-1", "2026-03-01T10:00:00Z");
        assertEquals(true, created.getBoolean("hold_status"));
        assertEquals("None", created.getJsonArray("case_questions").getJsonObject(0).getString("answer"));

        assertEquals(Map.of("patient_id", List.of("The patient id field is required."),
                "case_offerings", List.of("The case offerings field is required.")), MdiCaseRequest.validate(Json.createObjectBuilder()
                .add("case_offerings", Json.createArrayBuilder()).build()).errors());
        Map<String, List<String>> errors = MdiCaseRequest.validate(Json.createObjectBuilder().add("patient_id", "p-1")
                .add("case_offerings", Json.createArrayBuilder().add(Json.createObjectBuilder().add("offering_id", MdiOfferings.DEMO_OFFERING_ID))
                        .add(Json.createObjectBuilder().add("offering_id", "nope")).add(Json.createObjectBuilder()))
                .add("case_questions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("question", "Allergies?")))
                .add("metadata", 7).add("hold_status", "yes").build()).errors();
        assertEquals(Map.of("case_offerings.1.offering_id", List.of("The selected case offerings.1.offering id is invalid."),
                "case_offerings.2.offering_id", List.of("The case offerings.2.offering id field is required."),
                "case_questions.0.answer", List.of("The case questions.0.answer field is required."),
                "metadata", List.of("The metadata must be a string."),
                "hold_status", List.of("The hold status field must be true or false.")), errors);
        assertEquals(List.of("The case offerings must be an array."), MdiCaseRequest.validate(Json.createObjectBuilder().add("patient_id", "p")
                .add("case_offerings", MdiOfferings.DEMO_OFFERING_ID).build()).errors().get("case_offerings"));
    }

    @Test
    void theOfferingsHaveUniqueIdsAndTheDemoOneIsFixed() {
        assertEquals(3, MdiOfferings.ALL.stream().map(MdiOfferings.Offering::id).distinct().count());
        assertEquals("5b1f0c3e-8d2a-4c6b-9e47-3a9d2f61c0b8", MdiOfferings.DEMO_OFFERING_ID);
        assertEquals("MedGrid prescription review", MdiOfferings.byId(MdiOfferings.DEMO_OFFERING_ID).orElseThrow().title());
    }
}

package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The body of {@code POST /v1/partner/cases}: {@code patient_id}, {@code case_offerings} (at least one
 * {@code {offering_id}} of an {@link MdiOfferings offering} the simulator has), {@code case_questions}?
 * ({@code {question, answer, type?}}), {@code metadata}? and {@code hold_status}? (true or false).
 * Whether the patient is the client's is the caller's to check (404, not 422).
 */
final class MdiCaseRequest {

    private MdiCaseRequest() {
    }

    static MdiInvalid validate(JsonObject body) {
        MdiInvalid invalid = new MdiInvalid();
        invalid.requiredText(body, "", "patient_id");
        JsonValue offerings = body.get("case_offerings");
        if (offerings == null || offerings == JsonValue.NULL || offerings instanceof JsonArray list && list.isEmpty()) {
            invalid.add("case_offerings", "The case offerings field is required.");
        } else if (offerings instanceof JsonArray list) {
            for (int i = 0; i < list.size(); i++) {
                String prefix = "case_offerings." + i + ".";
                if (list.get(i) instanceof JsonObject offering) {
                    invalid.requiredText(offering, prefix, "offering_id").filter(id -> MdiOfferings.byId(id).isEmpty())
                            .ifPresent(id -> invalid.selectedInvalid(prefix + "offering_id"));
                } else {
                    invalid.add(prefix + "offering_id", "The " + MdiInvalid.attribute(prefix + "offering_id") + " field is required.");
                }
            }
        } else {
            invalid.add("case_offerings", "The case offerings must be an array.");
        }
        JsonValue questions = body.get("case_questions");
        if (questions instanceof JsonArray list) {
            for (int i = 0; i < list.size(); i++) {
                String prefix = "case_questions." + i + ".";
                JsonObject question = list.get(i) instanceof JsonObject given ? given : JsonValue.EMPTY_JSON_OBJECT;
                invalid.requiredText(question, prefix, "question");
                invalid.requiredText(question, prefix, "answer");
                invalid.optionalText(question, prefix, "type");
            }
        } else if (questions != null && questions != JsonValue.NULL) {
            invalid.add("case_questions", "The case questions must be an array.");
        }
        invalid.optionalText(body, "", "metadata");
        JsonValue hold = body.get("hold_status");
        if (hold != null && hold != JsonValue.NULL && hold != JsonValue.TRUE && hold != JsonValue.FALSE) {
            invalid.add("hold_status", "The hold status field must be true or false.");
        }
        return invalid;
    }

    /** The new case a {@link #validate valid} body describes: created, assigned to no clinician, nothing prescribed. */
    static JsonObject newCase(JsonObject body, String caseId, String now) {
        JsonArrayBuilder offerings = ApiJson.JSON.createArrayBuilder();
        body.getJsonArray("case_offerings").getValuesAs(JsonObject.class).forEach(given -> {
            MdiOfferings.Offering offering = MdiOfferings.byId(given.getString("offering_id").trim()).orElseThrow();
            offerings.add(ApiJson.JSON.createObjectBuilder().add("offering_id", offering.id()).add("title", offering.title()));
        });
        JsonArrayBuilder questions = ApiJson.JSON.createArrayBuilder();
        if (body.get("case_questions") instanceof JsonArray given) {
            given.getValuesAs(JsonObject.class).forEach(question -> questions.add(ApiJson.JSON.createObjectBuilder()
                    .add("question", question.getString("question").trim()).add("answer", question.getString("answer").trim())
                    .add("type", MdiPatientRequest.optional(question, "type"))));
        }
        return ApiJson.JSON.createObjectBuilder().add("case_id", caseId).add("patient_id", body.getString("patient_id").trim())
                .add("metadata", MdiPatientRequest.optional(body, "metadata")).add("hold_status", body.getBoolean("hold_status", false))
                .add("created_at", now).add("case_status", MdiCaseStatus.status(MdiCaseStatus.CREATED, JsonValue.NULL, now))
                .add("case_offerings", offerings).add("case_questions", questions).add("case_assignment", JsonValue.NULL)
                .add("prescriptions", JsonValue.EMPTY_JSON_ARRAY).build();
    }
}

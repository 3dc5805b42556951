package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /v1/partner/patients}: {@code first_name}, {@code last_name}, {@code email},
 * {@code date_of_birth} (YYYY-MM-DD, in the past), {@code gender} (0 unknown, 1 male, 2 female, 9 not
 * applicable), {@code phone_number}, {@code phone_type} (2 is a cell phone), {@code address}
 * ({@code address}, {@code address2}?, {@code city_id} of a city MDI knows, a 5-digit {@code zip_code})
 * and {@code metadata}?; every error is reported at once, as Laravel validates.
 */
final class MdiPatientRequest {

    static final Set<Long> GENDERS = Set.of(0L, 1L, 2L, 9L);
    /** MDI's phone types, of which a connector sends cell (2); the others are landlines of kinds MDI tells apart. */
    static final Set<Long> PHONE_TYPES = Set.of(1L, 2L, 3L, 4L);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    private static final String ADDRESS = "address.";

    private MdiPatientRequest() {
    }

    /** What is wrong with the body (nothing when it is a patient); {@code today} decides what is past. */
    static MdiInvalid validate(JsonObject body, LocalDate today) {
        MdiInvalid invalid = new MdiInvalid();
        invalid.requiredText(body, "", "first_name");
        invalid.requiredText(body, "", "last_name");
        invalid.requiredText(body, "", "email").filter(email -> !EMAIL.matcher(email).matches())
                .ifPresent(email -> invalid.add("email", "The email must be a valid email address."));
        invalid.requiredText(body, "", "date_of_birth").ifPresent(birth -> {
            try {
                if (!LocalDate.parse(birth).isBefore(today)) {
                    invalid.add("date_of_birth", "The date of birth must be a date before today.");
                }
            } catch (DateTimeParseException e) {
                invalid.add("date_of_birth", "The date of birth does not match the format Y-m-d.");
            }
        });
        oneOf(invalid, body, "gender", GENDERS);
        invalid.requiredText(body, "", "phone_number");
        oneOf(invalid, body, "phone_type", PHONE_TYPES);
        JsonValue address = body.get("address");
        if (address == null || address == JsonValue.NULL) {
            invalid.add("address", "The address field is required.");
        } else if (address instanceof JsonObject given) {
            invalid.requiredText(given, ADDRESS, "address");
            invalid.optionalText(given, ADDRESS, "address2");
            invalid.requiredText(given, ADDRESS, "city_id").filter(city -> MdiStates.cityById(city).isEmpty())
                    .ifPresent(city -> invalid.selectedInvalid(ADDRESS + "city_id"));
            invalid.requiredText(given, ADDRESS, "zip_code").filter(zip -> !ZIP.matcher(zip).matches())
                    .ifPresent(zip -> invalid.add(ADDRESS + "zip_code", "The address.zip code format is invalid."));
        } else {
            invalid.add("address", "The address must be an array.");
        }
        invalid.optionalText(body, "", "metadata");
        return invalid;
    }

    /** The patient a {@link #validate valid} body describes, as MDI answers and lists it. */
    static JsonObject patient(JsonObject body, String patientId, Instant now) {
        JsonObject address = body.getJsonObject("address");
        return ApiJson.JSON.createObjectBuilder().add("patient_id", patientId).add("first_name", text(body, "first_name"))
                .add("last_name", text(body, "last_name")).add("email", text(body, "email")).add("date_of_birth", text(body, "date_of_birth"))
                .add("gender", body.getJsonNumber("gender").longValue()).add("phone_number", text(body, "phone_number"))
                .add("phone_type", body.getJsonNumber("phone_type").longValue())
                .add("address", ApiJson.JSON.createObjectBuilder().add("address", text(address, "address"))
                        .add("address2", optional(address, "address2")).add("city_id", text(address, "city_id"))
                        .add("zip_code", text(address, "zip_code")))
                .add("metadata", optional(body, "metadata")).add("created_at", now.toString()).build();
    }

    private static void oneOf(MdiInvalid invalid, JsonObject body, String field, Set<Long> allowed) {
        OptionalLong value = invalid.requiredInteger(body, "", field);
        if (value.isPresent() && !allowed.contains(value.getAsLong())) {
            invalid.selectedInvalid(field);
        }
    }

    private static String text(JsonObject body, String field) {
        return body.getString(field).trim();
    }

    /** An optional string field, or JSON null. */
    static JsonValue optional(JsonObject body, String field) {
        return Optional.ofNullable(body.get(field)).filter(value -> value != JsonValue.NULL)
                .<JsonValue>map(value -> ApiJson.JSON.createValue(body.getString(field).trim())).orElse(JsonValue.NULL);
    }
}

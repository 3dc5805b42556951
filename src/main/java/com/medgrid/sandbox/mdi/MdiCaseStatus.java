package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A case's life at MDI: {@code created} → {@code processing} (a clinician took it) → {@code waiting}
 * (on the patient) ↔ {@code processing} → {@code approved}, {@code declined} or {@code cancelled},
 * which are final. A control may skip steps (a clinician who picks a case up and decides it at once),
 * but nothing leaves a final state, nothing goes back to {@code created}, and a case does not "move"
 * to where it is. The events MDI sends: {@code case_waiting}, {@code case_approved}, and
 * {@code case_cancelled} for both declined and cancelled (the partner reads the case to tell which).
 */
final class MdiCaseStatus {

    static final String CREATED = "created";
    static final String PROCESSING = "processing";
    static final String WAITING = "waiting";
    static final String APPROVED = "approved";
    static final String DECLINED = "declined";
    static final String CANCELLED = "cancelled";
    /** Where a case may be moved to. */
    static final List<String> TARGETS = List.of(PROCESSING, WAITING, APPROVED, DECLINED, CANCELLED);
    static final Set<String> FINAL = Set.of(APPROVED, DECLINED, CANCELLED);

    private MdiCaseStatus() {
    }

    /** Why a case in {@code from} cannot move to {@code to}; none when it can. */
    static Optional<String> refusal(String from, String to) {
        if (!TARGETS.contains(to)) {
            return Optional.of("status must be one of " + String.join(", ", TARGETS));
        }
        if (FINAL.contains(from)) {
            return Optional.of("The case is " + from + ": it cannot move to " + to);
        }
        if (from.equals(to)) {
            return Optional.of("The case is " + from + " already");
        }
        return Optional.empty();
    }

    /** The event MDI sends when a case moves to {@code to}, if any. */
    static Optional<String> event(String to) {
        return switch (to) {
            case WAITING -> Optional.of(MdiEvents.CASE_WAITING);
            case APPROVED -> Optional.of(MdiEvents.CASE_APPROVED);
            case DECLINED, CANCELLED -> Optional.of(MdiEvents.CASE_CANCELLED);
            default -> Optional.empty();
        };
    }

    /**
     * The case moved to {@code to} at {@code now}: assigned to {@code clinician} if one is given, to the
     * {@link MdiClinician#DEMO demo clinician} if it is approved with none; approving prescribes each of its offerings.
     *
     * @throws IllegalStateException with the {@link #refusal} when it cannot move so
     */
    static JsonObject move(JsonObject mdiCase, String to, String reason, MdiClinician clinician, String now) {
        refusal(of(mdiCase), to).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        JsonObjectBuilder moved = ApiJson.JSON.createObjectBuilder(mdiCase)
                .add("case_status", status(to, reason == null ? JsonValue.NULL : ApiJson.JSON.createValue(reason), now));
        if (clinician != null) {
            moved.add("case_assignment", clinician.assignment());
        } else if (APPROVED.equals(to) && mdiCase.isNull("case_assignment")) {
            moved.add("case_assignment", MdiClinician.DEMO.assignment());
        }
        if (APPROVED.equals(to)) {
            JsonArrayBuilder prescriptions = ApiJson.JSON.createArrayBuilder();
            mdiCase.getJsonArray("case_offerings").getValuesAs(JsonObject.class).forEach(offering -> prescriptions.add(ApiJson.JSON
                    .createObjectBuilder().add("prescription_id", UUID.randomUUID().toString()).add("offering_id", offering.getString("offering_id"))
                    .add("title", offering.getString("title")).add("status", APPROVED)));
            moved.add("prescriptions", prescriptions);
        }
        return moved.build();
    }

    /** A case's {@code case_status}. */
    static JsonObject status(String name, JsonValue reason, String updatedAt) {
        return ApiJson.JSON.createObjectBuilder().add("name", name).add("reason", reason).add("updated_at", updatedAt).build();
    }

    static String of(JsonObject mdiCase) {
        return mdiCase.getJsonObject("case_status").getString("name");
    }
}

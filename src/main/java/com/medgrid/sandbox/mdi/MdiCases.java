package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's patients and cases, in the database under the client's account, and what happens to a
 * case: the demo partner's are reviewed by the {@link MdiClinician#DEMO demo clinician} by themselves
 * (assigned {@link #REVIEW_STEP} after creation, approved one more step later), a test client's move
 * only when a control moves them. Every move that MDI announces sends its event ({@link MdiCaseStatus#event}).
 */
@ApplicationScoped
public class MdiCases {

    /** Each step of the demo clinician's review (MDI's take hours: the demo shows the flow in seconds). */
    static final Duration REVIEW_STEP = Duration.ofSeconds(3);
    private static final String PATIENTS = "patient";
    private static final String CASES = "case";
    /** Controls name a case alone: whose it is. */
    private static final String CASE_OWNERS = "case_owner";

    /** A case as moved, and the delivery of the event the move sent, if any. */
    record Moved(JsonObject mdiCase, Optional<String> deliveryId) {
    }

    @Inject
    SandboxStore store;
    @Inject
    MdiWebhooks webhooks;

    /** Records the patient a valid body describes. */
    JsonObject createPatient(String clientId, JsonObject body) {
        JsonObject patient = MdiPatientRequest.patient(body, UUID.randomUUID().toString(), Instant.now());
        store.put(MdiSandbox.VENDOR, clientId, PATIENTS, patient.getString("patient_id"), patient);
        return patient;
    }

    boolean hasPatient(String clientId, String patientId) {
        return store.get(MdiSandbox.VENDOR, clientId, PATIENTS, patientId).isPresent();
    }

    /** Records the case a valid body describes (its patient the client's); the demo partner's is due for review. */
    JsonObject createCase(String clientId, JsonObject body) {
        Instant now = Instant.now();
        JsonObject mdiCase = MdiCaseRequest.newCase(body, UUID.randomUUID().toString(), now.toString());
        String caseId = mdiCase.getString("case_id");
        store.put(MdiSandbox.VENDOR, MdiSandbox.INDEX_ACCOUNT, CASE_OWNERS, caseId, ApiJson.JSON.createObjectBuilder().add("client_id", clientId).build());
        store.put(MdiSandbox.VENDOR, clientId, CASES, caseId, mdiCase, MdiClients.DEMO_CLIENT.equals(clientId) ? now.plus(REVIEW_STEP) : null);
        return mdiCase;
    }

    Optional<JsonObject> find(String clientId, String caseId) {
        return store.get(MdiSandbox.VENDOR, clientId, CASES, caseId);
    }

    /** Whose case this is, if any client's. */
    Optional<String> owner(String caseId) {
        return store.get(MdiSandbox.VENDOR, MdiSandbox.INDEX_ACCOUNT, CASE_OWNERS, caseId).map(owner -> owner.getString("client_id"));
    }

    /** The client's cases (of one patient, unless {@code patientId} is null), oldest first. */
    JsonArray cases(String clientId, String patientId) {
        JsonArrayBuilder list = ApiJson.JSON.createArrayBuilder();
        store.all(MdiSandbox.VENDOR, clientId, CASES).stream().map(SandboxRecord::body)
                .filter(mdiCase -> patientId == null || patientId.equals(mdiCase.getString("patient_id"))).forEach(list::add);
        return list.build();
    }

    /**
     * Moves the client's case as a clinician (or the patient) would, and sends the move's event. A
     * move by a control ends the demo clinician's review of it (the case is no longer due).
     *
     * @throws IllegalStateException when the case cannot move so ({@link MdiCaseStatus#refusal})
     */
    Moved move(String clientId, JsonObject mdiCase, String to, String reason, MdiClinician clinician) {
        JsonObject moved = MdiCaseStatus.move(mdiCase, to, reason, clinician, Instant.now().toString());
        store.put(MdiSandbox.VENDOR, clientId, CASES, moved.getString("case_id"), moved);
        return new Moved(moved, MdiCaseStatus.event(to).flatMap(event -> send(clientId, moved, event, ApiJson.JSON.createObjectBuilder().build())));
    }

    /**
     * Sends an event about the case ({@link MdiEvents#payload}, at {@code timestamp} epoch seconds)
     * without moving it; none when the client has no webhook.
     */
    Optional<String> send(String clientId, JsonObject mdiCase, String event, JsonObject details, long timestamp) {
        return webhooks.send(clientId, mdiCase.getString("case_id"), MdiEvents.payload(event, timestamp, mdiCase, details));
    }

    /** The demo clinician's next step on a demo case that is due: take it (processing), then approve it. */
    void review(SandboxRecord due) {
        JsonObject mdiCase = find(due.account(), due.key()).orElse(due.body());
        switch (MdiCaseStatus.of(mdiCase)) {
            case MdiCaseStatus.CREATED -> {
                JsonObject taken = MdiCaseStatus.move(mdiCase, MdiCaseStatus.PROCESSING, null, MdiClinician.DEMO, Instant.now().toString());
                store.put(MdiSandbox.VENDOR, due.account(), CASES, due.key(), taken, Instant.now().plus(REVIEW_STEP));
            }
            case MdiCaseStatus.PROCESSING -> move(due.account(), mdiCase, MdiCaseStatus.APPROVED, null, null);
            default -> {
                // moved on by a control meanwhile: the clinician has nothing left to do
            }
        }
    }

    private Optional<String> send(String clientId, JsonObject mdiCase, String event, JsonObject details) {
        return send(clientId, mdiCase, event, details, Instant.now().getEpochSecond());
    }
}

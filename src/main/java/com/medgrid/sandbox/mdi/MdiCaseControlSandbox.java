package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * Test controls of cases, {@code /api/sandbox/mdi/_sandbox/cases/...} (JSON, no credentials): list a
 * client's cases, move a case as its clinician would (sending MDI's event), send any event about a
 * case. Refusals are MDI's errors (400, 404, 409).
 */
@Path("sandbox/mdi/_sandbox/cases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MdiCaseControlSandbox {

    @Inject
    MdiAccess access;
    @Inject
    MdiClients clients;
    @Inject
    MdiCases cases;

    /** The client's cases, oldest first: how many MedGrid created (whether a retry made a second one). */
    @GET
    public Response list(@QueryParam("client_id") String clientId) {
        access.requireEnabled();
        if (clientId == null || clientId.isBlank()) {
            return MdiErrors.invalidRequest("client_id is required");
        }
        return clients.exists(clientId) ? Response.ok(cases.cases(clientId, null)).build() : MdiErrors.notFound("No client " + clientId);
    }

    /**
     * {@code {"status": processing|waiting|approved|declined|cancelled, "reason"?, "clinician"?: {"full_name", "npi"}}}:
     * the case moves (409 out of a final state) and MDI's event of the move is sent; answers the case,
     * with {@code delivery_id} when an event was sent.
     */
    @POST
    @Path("{case_id}/status")
    public Response status(@PathParam("case_id") String caseId, JsonObject request) {
        return withCase(caseId, (clientId, mdiCase) -> {
            JsonObject given = request == null ? JsonValue.EMPTY_JSON_OBJECT : request;
            String status = MdiTokenRequest.text(given, "status");
            if (!MdiCaseStatus.TARGETS.contains(status)) {
                return MdiErrors.invalidRequest("status must be one of " + String.join(", ", MdiCaseStatus.TARGETS));
            }
            MdiClinician clinician = null;
            if (given.containsKey("clinician")) {
                JsonObject named = given.get("clinician") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
                String fullName = MdiTokenRequest.text(named, "full_name");
                String npi = MdiTokenRequest.text(named, "npi");
                if (fullName.isEmpty() || npi.isEmpty()) {
                    return MdiErrors.invalidRequest("clinician must be {full_name, npi}");
                }
                clinician = new MdiClinician(fullName, npi);
            }
            String reason = given.get("reason") instanceof JsonString text ? text.getString() : null;
            try {
                MdiCases.Moved moved = cases.move(clientId, mdiCase, status, reason, clinician);
                var answer = ApiJson.JSON.createObjectBuilder(moved.mdiCase());
                moved.deliveryId().ifPresent(id -> answer.add("delivery_id", id));
                return Response.ok(answer.build()).build();
            } catch (IllegalStateException e) {
                return MdiErrors.error(409, "conflict", e.getMessage());
            }
        });
    }

    /**
     * {@code {"event_type", "order_status"?, "order_details"?, "prescription_id"?, "timestamp"?}}: sends
     * the event about the case as it is (the timestamp, epoch seconds, is now unless given); answers
     * {@code {"delivery_id"}}, 409 when the client has no webhook.
     */
    @POST
    @Path("{case_id}/events")
    public Response event(@PathParam("case_id") String caseId, JsonObject request) {
        return withCase(caseId, (clientId, mdiCase) -> {
            JsonObject given = request == null ? JsonValue.EMPTY_JSON_OBJECT : request;
            String event = MdiTokenRequest.text(given, "event_type");
            OptionalLong timestamp = MdiControlSandbox.wholeNumber(given, "timestamp", Instant.now().getEpochSecond());
            if (!MdiEvents.ALL.contains(event)) {
                return MdiErrors.invalidRequest("event_type must be one of " + String.join(", ", MdiEvents.ALL));
            }
            if (timestamp.isEmpty()) {
                return MdiErrors.invalidRequest("timestamp must be a whole number of seconds since the epoch");
            }
            try {
                Optional<String> delivery = cases.send(clientId, mdiCase, event, given, timestamp.getAsLong());
                return delivery.map(id -> Response.ok(ApiJson.JSON.createObjectBuilder().add("delivery_id", id).build()).build())
                        .orElseGet(() -> MdiErrors.error(409, "conflict", "Client " + clientId + " has no webhook: register one"));
            } catch (IllegalArgumentException e) {
                return MdiErrors.invalidRequest(e.getMessage());
            }
        });
    }

    /** Answers by {@code action} with the case's client and the case; 404 for a case no client has. */
    private Response withCase(String caseId, BiFunction<String, JsonObject, Response> action) {
        access.requireEnabled();
        return cases.owner(caseId).flatMap(clientId -> cases.find(clientId, caseId).map(mdiCase -> action.apply(clientId, mdiCase)))
                .orElseGet(() -> MdiErrors.notFound("No case " + caseId));
    }
}

package com.medgrid.sandbox.mdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Test controls of webhook deliveries, {@code /api/sandbox/mdi/_sandbox/deliveries/...} (JSON, no
 * credentials): what was sent to a client's webhook (the exact bytes, every attempt and MedGrid's
 * answer to it), and a resend of one, as a late retry arriving after newer events.
 */
@Path("sandbox/mdi/_sandbox/deliveries")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MdiDeliveryControlSandbox {

    @Inject
    MdiAccess access;
    @Inject
    MdiClients clients;
    @Inject
    MdiWebhooks webhooks;

    /**
     * The client's deliveries (of one case, if {@code case_id} is given), oldest first: {@code {delivery_id,
     * event_type, case_id, timestamp, body, signature, attempts: [{at, status|error}], delivered}}.
     */
    @GET
    public Response list(@QueryParam("client_id") String clientId, @QueryParam("case_id") String caseId) {
        access.requireEnabled();
        if (clientId == null || clientId.isBlank()) {
            return MdiErrors.invalidRequest("client_id is required");
        }
        if (!clients.exists(clientId)) {
            return MdiErrors.notFound("No client " + clientId);
        }
        return Response.ok(webhooks.deliveries(clientId, caseId == null || caseId.isBlank() ? null : caseId)).build();
    }

    /** Sends the delivery's bytes again now: {@code {delivery_id, attempt: {at, status|error}}}, or {@code queued: true} if the answer is slow. */
    @POST
    @Path("{delivery_id}/resend")
    public Response resend(@PathParam("delivery_id") String deliveryId) {
        access.requireEnabled();
        return webhooks.resend(deliveryId).map(answer -> Response.ok(answer).build())
                .orElseGet(() -> MdiErrors.notFound("No delivery " + deliveryId));
    }
}

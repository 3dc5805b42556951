package it.microshed;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Outbound webhooks: a subscription of the caller's, and a ping sent to it (the log is {@code Webhook Delivery}, see {@link Documents}). */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Webhooks {

    record Subscription(String url, List<String> events) {
    }

    /** A subscription by its name: as created, or which one to ping. */
    record Named(String name) {
    }

    record Created(Named data) {
    }

    /** The ping's delivery, to follow in the log. */
    record Ping(String delivery) {
    }

    record PingAnswer(Ping message) {
    }

    @POST
    @Path("resource/Webhook Subscription")
    Created subscribe(Subscription subscription);

    @POST
    @Path("method/medgrid.webhooks.test_ping")
    PingAnswer ping(Named subscription);
}

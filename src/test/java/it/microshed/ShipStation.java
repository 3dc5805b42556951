package it.microshed;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Connecting a vendor's ShipStation, and the sandbox ShipStation's fault control (Basic auth of the account's key pair). */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ShipStation {

    record Credentials(@JsonbProperty("api_key") String apiKey, @JsonbProperty("api_secret") String apiSecret) {
    }

    /** The next {@code count} calls of {@code operation} answer with {@code mode} (timeout: held past the client's patience). */
    record Fault(String mode, int count, String operation) {
    }

    @POST
    @Path("method/medgrid.integrations.connect_shipstation")
    Map<String, Object> connect(Credentials credentials);

    @POST
    @Path("sandbox/shipstation/_sandbox/faults")
    Map<String, Object> planFault(Fault fault);
}

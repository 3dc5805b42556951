package it.microshed;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Connecting the platform's Centre Research account (a System Manager), and the sandbox Centre Research's call count per API key. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CentreResearch {

    record Connection(@JsonbProperty("integration_type") String integrationType, @JsonbProperty("centre_research_api_key") String apiKey,
                      @JsonbProperty("centre_research_api_url") String apiUrl) {

        static Connection of(String apiKey, String apiUrl) {
            return new Connection("centre_research", apiKey, apiUrl);
        }
    }

    record Connected(Map<String, Object> message) {
    }

    /** Calls the account has made since the simulating server started. */
    record Calls(long calls) {
    }

    @POST
    @Path("method/medgrid.integrations.connect")
    Connected connect(Connection connection);

    @GET
    @Path("sandbox/centre_research/_sandbox/calls")
    Calls calls(@HeaderParam("X-API-Key") String apiKey);
}

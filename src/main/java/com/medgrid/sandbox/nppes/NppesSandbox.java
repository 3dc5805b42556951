package com.medgrid.sandbox.nppes;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.validation.Npi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An NPPES registry stand-in under {@code /api/sandbox/nppes/} (on with {@code SANDBOX=true}):
 * it knows every NPI with a valid check digit except those starting with 1999, which play
 * "valid-looking but not registered".
 */
@Path("sandbox/nppes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NppesSandbox {

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;

    @GET
    public JsonObject lookup(@QueryParam("version") String version, @QueryParam("number") String number) {
        if (!enabled) {
            throw new NotFoundException();
        }
        boolean known = Npi.isValid(number) && !number.startsWith("1999");
        var results = ApiJson.JSON.createArrayBuilder();
        if (known) {
            results.add(ApiJson.JSON.createObjectBuilder().add("number", number).add("enumeration_type", "NPI-1")
                    .add("basic", ApiJson.JSON.createObjectBuilder().add("first_name", "SANDBOX").add("last_name", "PRESCRIBER")));
        }
        return ApiJson.JSON.createObjectBuilder().add("result_count", known ? 1 : 0).add("results", results).build();
    }
}

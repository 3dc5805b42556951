package com.medgrid.vendors.perfectrx;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The NPPES NPI registry's lookup ({@code nppes/mp-rest/*}); the development build asks the sandbox's stand-in. */
@RegisterRestClient(configKey = "nppes", baseUri = "https://npiregistry.cms.hhs.gov/api")
@RegisterProvider(NppesErrors.class)
@Produces(MediaType.APPLICATION_JSON)
public interface NppesApi {

    @GET
    @Path("/")
    JsonObject lookup(@QueryParam("version") String version, @QueryParam("number") String npi);
}

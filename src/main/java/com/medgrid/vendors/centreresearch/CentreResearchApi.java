package com.medgrid.vendors.centreresearch;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Centre Research Peptides API calls MedGrid makes. The base URL can differ per connection
 * ({@code centre_research_api_url}), so {@link CentreResearchCalls} builds a client per call with the
 * timeouts of {@code centre_research/mp-rest/*} and closes it; error statuses become typed
 * {@link com.medgrid.fulfillment.VendorException}s through {@link CentreResearchErrors}, and
 * {@link CentreResearchAnswers} reads the {@code {"success", "data", "error"}} envelope of the rest.
 */
@RegisterRestClient(configKey = CentreResearch.KEY, baseUri = CentreResearch.API_URL)
@RegisterProvider(CentreResearchErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CentreResearchApi extends AutoCloseable {

    /** Places an order; one with a {@code partnerOrderId} placed before answers with that order instead. */
    @POST
    @Path("sales-channels/integration/orders")
    JsonObject placeOrder(@HeaderParam("X-API-Key") String apiKey, JsonObject order);

    @GET
    @Path("sales-channels/integration/orders/{orderId}")
    JsonObject order(@HeaderParam("X-API-Key") String apiKey, @PathParam("orderId") String orderId);

    /** Releases the client's connections; declared without a checked exception. */
    @Override
    void close();
}

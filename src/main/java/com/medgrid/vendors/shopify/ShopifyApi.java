package com.medgrid.vendors.shopify;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Shopify's Admin GraphQL endpoint. Every shop is its own host, so {@link ShopifyCalls} builds a
 * client per call for the shop's base URL with the timeouts of {@code shopify/mp-rest/*}; error
 * statuses become typed vendor exceptions through {@link ShopifyErrors}.
 */
@RegisterRestClient(configKey = ShopifyCalls.CONFIG_KEY)
@RegisterProvider(ShopifyErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ShopifyApi extends AutoCloseable {

    /** {@code {"query", "variables", "operationName"}} in; {@code {"data", "errors", "extensions"}} out. */
    @POST
    @Path("admin/api/{version}/graphql.json")
    JsonObject graphql(@HeaderParam("X-Shopify-Access-Token") String token, @PathParam("version") String version, JsonObject request);

    /** Releases the client's connections; declared without a checked exception. */
    @Override
    void close();
}

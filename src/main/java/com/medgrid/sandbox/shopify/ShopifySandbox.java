package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxFaults;
import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxVendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Shopify simulator under {@code /api/sandbox/shopify/{shop}} (on with {@code SANDBOX=true}): the
 * connector's {@code shopify/mp-rest/url} plus {@code /} plus a shop domain stands for
 * {@code https://{shop}}. Every shop is its own store (catalog, orders, tokens, cost bucket, webhook
 * subscriptions). The Admin GraphQL endpoint takes a demo shop's demo token or a token the shop's
 * OAuth exchange ({@link ShopifyOAuthSandbox}) minted, and answers the connector's operations
 * ({@link ShopifyAdminGraphQl}). This bean is the simulator of Exoceuticals, the platform's managed
 * connection, whose demo shop sells its demo products; {@link ShopifyVendorStoreSandbox} is that of a
 * vendor's own store. Every demo shop ({@link ShopifyDemoShop}) fulfils its orders by itself after
 * {@code medgrid.sandbox.ship-after}, telling MedGrid by a signed {@code orders/fulfilled} webhook;
 * all the simulator's records are kept under one vendor, {@link #VENDOR}, so they come due here.
 * Test controls are in {@link ShopifyControlSandbox}.
 */
@Path("sandbox/shopify/{shop}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShopifySandbox implements SandboxVendor {

    private static final ShopifyDemoShop DEMO_SHOP = ShopifyDemoShop.EXOCEUTICALS;
    /** The vendor MedGrid knows this demo shop as (its managed Exoceuticals store); every shop's records live under it. */
    static final String VENDOR = DEMO_SHOP.vendor();
    static final String DEMO_WEBHOOK_SECRET = "demo-exoceuticals-webhook-secret";
    static final String API_VERSION = "2026-04";
    static final String HTTP_402 = "http_402";
    /** The request is carried out, but the answer comes later than MedGrid waits (a mutation's effect without its answer). */
    static final String LOST_ANSWER = "lost_answer";
    static final Set<String> FAULTS = faultModes();
    private static final String INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)";

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    SandboxFaults faults;
    @Inject
    ShopifyAccessTokens tokens;
    @Inject
    ShopifyAdminGraphQl graphQl;
    @Inject
    ShopifyOrderEvents events;
    @Inject
    ShopifyOrdersSandbox orders;

    @Override
    public String vendor() {
        return VENDOR;
    }

    @Override
    public Map<String, String> demoCredentials() {
        return Map.of("exoceuticals_shop_domain", DEMO_SHOP.domain(), "exoceuticals_api_token", DEMO_SHOP.token(),
                "exoceuticals_api_version", API_VERSION, "exoceuticals_webhook_secret", DEMO_WEBHOOK_SECRET,
                "exoceuticals_order_tag", "Skydell", "exoceuticals_location_id", ShopifyCatalogSandbox.LOCATION_ID);
    }

    @Override
    public Optional<String> demoSupplier() {
        return Optional.of(DEMO_SHOP.shopName());
    }

    /** DemoData names it "Exoceuticals Warehouse - SM" (it adds the company's abbreviation). */
    @Override
    public Optional<String> demoWarehouse() {
        return Optional.of("Exoceuticals Warehouse");
    }

    @Override
    public List<DemoProduct> demoProducts() {
        return DEMO_SHOP.demoProducts();
    }

    /**
     * {@code {"query", "variables", "operationName"}} → {@code {"data", "extensions": {"cost"}}} or
     * {@code {"errors"}}, HTTP 200 (throttling too); 401 for a token the shop did not issue.
     */
    @POST
    @Path("admin/api/{version}/graphql.json")
    @Consumes(MediaType.WILDCARD)
    public Response graphql(@PathParam("shop") String shop, @PathParam("version") String version,
                            @HeaderParam("X-Shopify-Access-Token") String token, String body) {
        requireEnabled();
        JsonObject request;
        try {
            request = ApiJson.JSON.createReader(new StringReader(body == null ? "" : body)).readObject();
        } catch (RuntimeException e) {
            return Response.status(400).entity(ApiJson.JSON.createObjectBuilder().add("errors", ApiJson.JSON.createObjectBuilder()
                    .add("query", "Required parameter missing or invalid")).build()).build();
        }
        String operationName = request.getString("operationName", null);
        Optional<String> fault = faults.next(VENDOR, shop, operationName);
        if (fault.isPresent() && !fault.get().equals(LOST_ANSWER)) {
            return fault(fault.get());
        }
        if (!tokens.accepts(shop, token)) {
            return errors(401, INVALID_TOKEN);
        }
        JsonObject variables = request.get("variables") instanceof JsonObject given ? given : JsonObject.EMPTY_JSON_OBJECT;
        JsonObject answer = graphQl.answer(shop, operationName, variables);
        if (fault.isPresent()) {
            faults.stall();
        }
        // Shopify names the version it answered in; any is taken here, as the simulator has one schema
        return Response.ok(answer).header("X-Shopify-API-Version", version).build();
    }

    /** An order of a demo shop is due: the merchant fulfils it (UPS) and Shopify sends {@code orders/fulfilled}. */
    @Override
    public void due(SandboxRecord record) {
        String orderId = ShopifyOrdersSandbox.ORDER_GID + record.key();
        orders.get(record.account(), orderId)
                .filter(order -> order.isNull("cancelledAt") && ShopifyOrdersSandbox.UNFULFILLED.equals(order.getString("displayFulfillmentStatus")))
                .ifPresent(order -> events.happen(record.account(), orderId,
                        new ShopifyOrderEvents.Event(ShopifyOrderEvents.FULFILLED, null, null, false)));
    }

    private Response fault(String mode) {
        switch (mode) {
            case "http_401":
                return errors(401, INVALID_TOKEN);
            case HTTP_402:
                return errors(402, "Unavailable Shop");
            case "http_503":
                return errors(503, "Service Unavailable");
            case "http_429":
                return Response.status(429).header("Retry-After", "2.0").entity(ApiJson.JSON.createObjectBuilder()
                        .add("errors", "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.").build())
                        .build();
            case "http_400":
                return Response.status(400).entity(ApiJson.JSON.createObjectBuilder().add("errors", ApiJson.JSON.createObjectBuilder()
                        .add("query", "Required parameter missing or invalid")).build()).build();
            case "garbage":
                return Response.ok("<html><body>Shopify is experiencing technical issues</body></html>", MediaType.TEXT_HTML).build();
            default:
                faults.stall();
                return errors(504, "Gateway Timeout");
        }
    }

    private static Response errors(int status, String message) {
        return Response.status(status).entity(ApiJson.JSON.createObjectBuilder().add("errors", message).build()).build();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }

    private static Set<String> faultModes() {
        Set<String> modes = new HashSet<>(SandboxFaults.MODES);
        modes.add(HTTP_402);
        modes.add(LOST_ANSWER);
        return Set.copyOf(modes);
    }
}

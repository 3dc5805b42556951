package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.RequestArgs;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shopify's authorization-code grant, with a merchant who approves at once:
 * {@code GET .../{shop}/admin/oauth/authorize} redirects to the app's {@code redirect_uri} with a
 * code and Shopify's {@code hmac}; {@code POST .../{shop}/admin/oauth/access_token} exchanges the
 * code (once, within a minute) for an offline Admin API token of that shop. One app is registered
 * in the sandbox: {@link #CLIENT_ID} / {@link #CLIENT_SECRET}.
 */
@Path("sandbox/shopify/{shop}/admin/oauth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShopifyOAuthSandbox {

    /** The sandbox's Shopify app, as MedGrid's development configuration names it. */
    public static final String CLIENT_ID = "medgrid-sandbox-app";
    public static final String CLIENT_SECRET = "medgrid-sandbox-app-secret";
    static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    private static final String CODES = "oauth_code";

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    SandboxStore store;
    @Inject
    ShopifyAccessTokens tokens;

    @GET
    @Path("authorize")
    public Response authorize(@PathParam("shop") String shop, @QueryParam("client_id") String clientId, @QueryParam("scope") String scope,
                              @QueryParam("redirect_uri") String redirectUri, @QueryParam("state") String state) {
        requireEnabled();
        if (!CLIENT_ID.equals(clientId)) {
            return invalid("Oauth error invalid_request: The client_id is not registered with this shop.");
        }
        if (redirectUri == null || !redirectUri.matches("https?://.+")) {
            return invalid("Oauth error invalid_request: The redirect_uri is missing or not an absolute http(s) URL.");
        }
        String code = Tokens.random(32);
        String granted = scope == null ? "" : java.util.Arrays.stream(scope.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(","));
        store.put(ShopifySandbox.VENDOR, shop, CODES, code, ApiJson.JSON.createObjectBuilder().add("scope", granted)
                .add("expires_at", Instant.now().plus(CODE_LIFETIME).toString()).add("used", false).build());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code);
        parameters.put("host", Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("admin.shopify.com/store/" + shop.replace(".myshopify.com", "")).getBytes(StandardCharsets.UTF_8)));
        parameters.put("shop", shop);
        if (state != null) {
            parameters.put("state", state);
        }
        parameters.put("timestamp", String.valueOf(Instant.now().getEpochSecond()));
        parameters.put("hmac", ShopifyOAuthSignature.hmac(parameters, CLIENT_SECRET));
        String query = parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return Response.status(Response.Status.FOUND).location(URI.create(redirectUri + (redirectUri.contains("?") ? "&" : "?") + query)).build();
    }

    /** {@code {client_id, client_secret, code}} as JSON or as a form, as Shopify takes either. */
    @POST
    @Path("access_token")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public Response accessToken(@PathParam("shop") String shop, @HeaderParam("Content-Type") String contentType, String body) {
        // read as the Frappe API reads arguments: @FormParam would find the body already buffered by the request filter
        ApiArgs args = RequestArgs.from(contentType == null ? null : MediaType.valueOf(contentType), body, Map.of());
        return exchange(shop, args.string("client_id").orElse(""), args.string("client_secret").orElse(""), args.string("code").orElse(""));
    }

    private Response exchange(String shop, String clientId, String clientSecret, String code) {
        requireEnabled();
        if (!CLIENT_ID.equals(clientId) || !CLIENT_SECRET.equals(clientSecret)) {
            return invalid("The client_id or client_secret is invalid.");
        }
        if (code == null || code.isBlank() || store.get(ShopifySandbox.VENDOR, shop, CODES, code).isEmpty()) {
            return invalid("The authorization code was not found or was already used.");
        }
        boolean[] usable = {false};
        JsonObject grant = store.update(ShopifySandbox.VENDOR, shop, CODES, code, JsonValue.EMPTY_JSON_OBJECT, null, known -> {
            usable[0] = !known.getBoolean("used", true) && Instant.parse(known.getString("expires_at")).isAfter(Instant.now());
            return ApiJson.JSON.createObjectBuilder(known).add("used", true).build(); // single use: an expired code is spent too
        });
        if (!usable[0]) {
            return invalid("The authorization code was not found, has expired or was already used.");
        }
        String scope = grant.getString("scope");
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("access_token", tokens.mint(shop, scope)).add("scope", scope).build()).build();
    }

    private static Response invalid(String description) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiJson.JSON.createObjectBuilder().add("error", "invalid_request").add("error_description", description).build()).build();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }
}

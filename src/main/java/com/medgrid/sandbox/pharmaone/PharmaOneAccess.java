package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxFaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Who may call what, as PharmaOne decides it: an API key of the org in the path ({@code apikey}
 * header) for the token exchange, v1 order requests and the shop connector; a JWT from that exchange
 * ({@code Authorization: Bearer}) with the route's scope for the v2 routes. Every call is counted per
 * org and operation, and a planned fault ({@link SandboxFaults}) plays before the caller is even
 * checked, as an overloaded gateway answers whoever calls. Only with the sandbox on (404 otherwise).
 */
@ApplicationScoped
public class PharmaOneAccess {

    /** The operations calls are counted under, and that a planned fault may target. */
    static final String TOKEN = "token";
    static final String CREATE_ORDER = "create_order";
    static final String ORDER_REQUEST = "order_request";
    static final String EXTERNAL_ORDER = "external_order";
    static final String GET_ORDER = "get_order";
    static final String LIST_ORDERS = "list_orders";
    static final String PRODUCTS = "products";
    static final String INVENTORY = "inventory";
    static final String PRESCRIPTIONS = "prescriptions";
    static final String CREATE_PRESCRIPTION = "create_prescription";
    static final String GET_PRESCRIPTION = "get_prescription";
    static final List<String> OPERATIONS = List.of(TOKEN, CREATE_ORDER, ORDER_REQUEST, EXTERNAL_ORDER, GET_ORDER, LIST_ORDERS, PRODUCTS,
            INVENTORY, PRESCRIPTIONS, CREATE_PRESCRIPTION, GET_PRESCRIPTION);
    private static final long RETRY_AFTER_SECONDS = 2;
    private static final String BEARER = "Bearer ";
    /** The sandbox's own signing key: fixed, so tokens outlive a restart as PharmaOne's outlive a deploy. */
    private static final PharmaOneJwt JWT = new PharmaOneJwt("pharmaone-sandbox-hs256-signing-key".getBytes(StandardCharsets.UTF_8));

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    SandboxFaults faults;
    @Inject
    PharmaOneKeys keys;

    /** Answers a call made with an API key of {@code orgId} by {@code action}; 401 for any other key. */
    Response withKey(String orgId, String apiKey, String operation, Function<PharmaOneKeys.ApiKey, Response> action) {
        requireEnabled();
        Optional<String> fault = faults.next(PharmaOneSandbox.VENDOR, orgId, operation);
        if (fault.isPresent()) {
            return fault(fault.get(), PharmaOneErrors.invalidApiKey());
        }
        return keys.find(orgId, apiKey).map(action).orElseGet(PharmaOneErrors::invalidApiKey);
    }

    /**
     * Answers a v2 call by {@code action} when its token is {@code orgId}'s, unexpired, and has
     * {@code scope}: 401 {@code invalid_token} or {@code token_expired}, or 403 {@code insufficient_scope}, otherwise.
     */
    Response withToken(String orgId, String authorization, String operation, String scope, Supplier<Response> action) {
        requireEnabled();
        Optional<String> fault = faults.next(PharmaOneSandbox.VENDOR, orgId, operation);
        if (fault.isPresent()) {
            // a token refused mid-life: what the connector must recover from by exchanging its key again
            return fault(fault.get(), PharmaOneErrors.error(401, "token_expired", "The access token has expired"));
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return PharmaOneErrors.error(401, "invalid_token", "A bearer token is required");
        }
        PharmaOneJwt.Claims claims;
        try {
            claims = JWT.verify(authorization.substring(BEARER.length()).trim(), orgId, Instant.now());
        } catch (PharmaOneJwt.Rejected e) {
            return PharmaOneErrors.error(401, e.error(), e.getMessage());
        }
        return claims.scopes().contains(scope) ? action.get() : PharmaOneErrors.insufficientScope(scope);
    }

    /** The token exchange's answer: a JWT for the key, valid for the key's lifetime from now. */
    JsonObject token(PharmaOneKeys.ApiKey key) {
        long now = Instant.now().getEpochSecond();
        String token = JWT.sign(new PharmaOneJwt.Claims(key.id(), key.orgId(), key.scopes(), now, now + key.tokenLifetimeSeconds()));
        return ApiJson.JSON.createObjectBuilder().add("access_token", token).add("token_type", "Bearer")
                .add("expires_in", key.tokenLifetimeSeconds()).add("scopes", ApiJson.JSON.createArrayBuilder(key.scopes())).build();
    }

    void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }

    /** A planned fault as PharmaOne's gateway plays it; {@code unauthorized} is this route's 401. */
    private Response fault(String mode, Response unauthorized) {
        return switch (mode) {
            case "http_503" -> PharmaOneErrors.error(503, "service_unavailable", "PharmaOne is temporarily unavailable");
            case "http_429" -> Response.fromResponse(PharmaOneErrors.error(429, "rate_limited", "Too many requests"))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
            case "http_401" -> unauthorized;
            case "http_400" -> PharmaOneErrors.error(400, "bad_request", "The request could not be read");
            case "garbage" -> Response.ok("<html><body><h1>502 Bad Gateway</h1></body></html>", MediaType.TEXT_HTML).build();
            default -> {
                faults.stall();
                yield PharmaOneErrors.error(504, "gateway_timeout", "The upstream service timed out");
            }
        };
    }
}

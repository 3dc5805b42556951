package com.medgrid.sandbox.mdi;

import com.medgrid.sandbox.SandboxFaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may call what, as MDI decides it: the token exchange takes a client's id and secret, every
 * other route an access token from it ({@code Authorization: Bearer}) and {@code Accept:
 * application/json}. Every call is counted per client and operation, and a planned fault
 * ({@link SandboxFaults}, or {@code maintenance}) plays before the caller is checked, as an
 * overloaded or closed API answers whoever calls; a call whose client is unknown (no client id, a
 * token the simulator never issued) cannot be counted. Only with the sandbox on (404 otherwise).
 */
@ApplicationScoped
public class MdiAccess {

    /** The operations calls are counted under, and that a planned fault may target. */
    static final String TOKEN = "token";
    static final String STATES = "states";
    static final String CITIES = "cities";
    static final String QUESTIONNAIRES = "questionnaires";
    static final String QUESTIONNAIRE = "questionnaire";
    static final String CREATE_PATIENT = "create_patient";
    static final String PATIENT_CASES = "patient_cases";
    static final String CREATE_CASE = "create_case";
    static final String CASE = "case";
    static final String OFFERINGS = "offerings";
    static final List<String> OPERATIONS = List.of(TOKEN, STATES, CITIES, QUESTIONNAIRES, QUESTIONNAIRE, CREATE_PATIENT, PATIENT_CASES,
            CREATE_CASE, CASE, OFFERINGS);
    /** MDI's own fault besides the common ones: the API closed for maintenance (418). */
    static final String MAINTENANCE = "maintenance";
    static final Set<String> FAULTS = Stream.concat(SandboxFaults.MODES.stream(), Stream.of(MAINTENANCE)).collect(Collectors.toUnmodifiableSet());
    private static final long RETRY_AFTER_SECONDS = 2;
    private static final String BEARER = "Bearer ";

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    SandboxFaults faults;
    @Inject
    MdiTokens tokens;

    /** Answers a token exchange of {@code clientId} (empty: none given) by {@code action}, once a planned fault has had its turn. */
    Response withClient(String clientId, Supplier<Response> action) {
        requireEnabled();
        Optional<String> fault = clientId.isEmpty() ? Optional.empty() : faults.next(MdiSandbox.VENDOR, clientId, TOKEN);
        return fault.map(mode -> fault(mode, MdiErrors.invalidClient())).orElseGet(action);
    }

    /**
     * Answers a call by {@code action} when its access token is current and it accepts JSON: 401
     * {@code Unauthenticated.} for a missing, unknown, expired or revoked token, 400 for another {@code Accept}.
     */
    Response withToken(String authorization, String accept, String operation, Supplier<Response> action) {
        return withToken(authorization, accept, operation, clientId -> action.get());
    }

    /** {@link #withToken}, for a call whose answer depends on its client (its patients, its cases): {@code action} is given the client id. */
    Response withToken(String authorization, String accept, String operation, Function<String, Response> action) {
        requireEnabled();
        Optional<MdiTokens.Grant> grant = bearer(authorization).flatMap(tokens::find);
        if (grant.isEmpty()) {
            return MdiErrors.unauthenticated();
        }
        Optional<String> fault = faults.next(MdiSandbox.VENDOR, grant.get().clientId(), operation);
        if (fault.isPresent()) {
            // a token refused mid-life: what the connector must recover from by requesting a new one
            return fault(fault.get(), MdiErrors.unauthenticated());
        }
        if (!tokens.current(grant.get())) {
            return MdiErrors.unauthenticated();
        }
        if (!acceptsJson(accept)) {
            return MdiErrors.error(400, "not_acceptable", "The Accept header must be " + MediaType.APPLICATION_JSON + ".");
        }
        return action.apply(grant.get().clientId());
    }

    void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }

    /** The token of an {@code Authorization: Bearer <token>} header. */
    static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** Whether an {@code Accept} header names {@code application/json} (parameters aside); a wildcard does not. */
    static boolean acceptsJson(String accept) {
        return accept != null && Arrays.stream(accept.split(",")).map(type -> type.split(";")[0].trim().toLowerCase(Locale.ROOT))
                .anyMatch(MediaType.APPLICATION_JSON::equals);
    }

    /** A planned fault as MDI's API plays it; {@code unauthorized} is this route's 401. */
    private Response fault(String mode, Response unauthorized) {
        return switch (mode) {
            case MAINTENANCE -> MdiErrors.maintenance();
            case "http_503" -> MdiErrors.error(503, "service_unavailable", "MD Integrations is temporarily unavailable.");
            case "http_429" -> Response.fromResponse(MdiErrors.error(429, "too_many_requests", "Too Many Attempts."))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
            case "http_401" -> unauthorized;
            case "http_400" -> MdiErrors.invalidRequest("The request could not be read.");
            case "garbage" -> Response.ok("<html><body><h1>502 Bad Gateway</h1></body></html>", MediaType.TEXT_HTML).build();
            default -> {
                faults.stall();
                yield MdiErrors.error(504, "gateway_timeout", "The upstream service timed out.");
            }
        };
    }
}

package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorCalls;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorTokens;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.ratelimit.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every call MedGrid makes to MD Integrations as a partner: a Bearer token the client id and secret
 * are exchanged for, kept until shortly before it expires and renewed when MD Integrations refuses
 * it ({@link VendorTokens}); {@code medgrid.mdi.rate-limit} kept on our side; Fault Tolerance around
 * each call as for every vendor. The reads here are retried; a 418 (maintenance) is not retried in
 * the call: the circuit breaker and the caller's next attempt wait it out.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Bulkhead(4)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 1.0, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
public class MdiCalls {

    @Inject
    VendorCalls vendor;
    @Inject
    VendorTokens tokens;
    @Inject
    @ConfigProperty(name = Mdi.KEY + "/mp-rest/url")
    Optional<String> gateway;
    @Inject
    @ConfigProperty(name = "medgrid.mdi.rate-limit", defaultValue = "120/PT1M")
    String rateLimit;

    private RateLimit limit;

    @PostConstruct
    void init() {
        limit = RateLimit.parse(rateLimit);
    }

    /**
     * @return empty when MD Integrations issues a token for the credentials, else why not
     * @throws VendorException when MD Integrations cannot tell now (down, under maintenance, rate limited)
     */
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            exchange(credentials);
            return Optional.empty();
        } catch (VendorException.NotConfigured refused) {
            return Optional.of(refused.getMessage());
        }
    }

    @Retry(maxRetries = 2, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonArray states(Map<String, String> credentials) {
        return withToken(credentials, MdiApi::states);
    }

    @Retry(maxRetries = 2, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonArray cities(Map<String, String> credentials, String stateId) {
        return withToken(credentials, (api, bearer) -> api.cities(bearer, stateId, null));
    }

    @Retry(maxRetries = 2, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonArray questionnaires(Map<String, String> credentials) {
        return withToken(credentials, MdiApi::questionnaires);
    }

    @Retry(maxRetries = 2, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject questionnaire(Map<String, String> credentials, String questionnaireId) {
        return withToken(credentials, (api, bearer) -> api.questionnaire(bearer, questionnaireId));
    }

    /** Not retried here: MD Integrations takes no idempotency key, so the relay's next attempt looks before it creates again. */
    public JsonObject createPatient(Map<String, String> credentials, JsonObject patient) {
        return withToken(credentials, (api, bearer) -> api.createPatient(bearer, patient));
    }

    @Retry(maxRetries = 2, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonArray patientCases(Map<String, String> credentials, String patientId) {
        return withToken(credentials, (api, bearer) -> api.patientCases(bearer, patientId));
    }

    /** Not retried here, as {@link #createPatient}: the relay's next attempt finds a case it opened by its metadata. */
    public JsonObject createCase(Map<String, String> credentials, JsonObject medicalCase) {
        return withToken(credentials, (api, bearer) -> api.createCase(bearer, medicalCase));
    }

    @Retry(maxRetries = 2, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject medicalCase(Map<String, String> credentials, String caseId) {
        return withToken(credentials, (api, bearer) -> api.medicalCase(bearer, caseId));
    }

    private <T> T withToken(Map<String, String> credentials, BiFunction<MdiApi, String, T> request) {
        return tokens.withToken(Mdi.KEY, client(credentials), () -> exchange(credentials),
                token -> call(credentials, api -> request.apply(api, "Bearer " + token)));
    }

    /** Exchanges the client id and secret for a token and keeps it. */
    private String exchange(Map<String, String> credentials) {
        Instant now = Instant.now();
        JsonObject body = ApiJson.JSON.createObjectBuilder().add("grant_type", "client_credentials")
                .add("client_id", credentials.get(Mdi.CLIENT_ID)).add("client_secret", credentials.get(Mdi.CLIENT_SECRET))
                .add("scope", "*").build();
        JsonObject answer = call(credentials, api -> api.token(body));
        return tokens.keepIssued(Mdi.KEY, Mdi.DESCRIPTION.label(), client(credentials), answer, now);
    }

    /** Every call, token requests included, counts against the partner's limit; the client is closed after it. */
    private <T> T call(Map<String, String> credentials, Function<MdiApi, T> request) {
        String apiUrl = gateway.orElse(Mdi.API_URL);
        return vendor.call(Mdi.DESCRIPTION.label(), "mdi:" + Tokens.sha256Hex(credentials.get(Mdi.CLIENT_ID)), limit, () -> {
            try (MdiApi api = vendor.client(MdiApi.class, Mdi.KEY, apiUrl)) {
                return request.apply(api);
            }
        });
    }

    /** What a token is issued for: the partner's client id and secret. */
    private static String client(Map<String, String> credentials) {
        return credentials.get(Mdi.CLIENT_ID) + ":" + credentials.get(Mdi.CLIENT_SECRET);
    }
}

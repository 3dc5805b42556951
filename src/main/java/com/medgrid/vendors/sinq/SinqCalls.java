package com.medgrid.vendors.sinq;

import com.medgrid.fulfillment.VendorCalls;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.ratelimit.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every call MedGrid makes to SINQ Ops: a REST client for the connection's {@code sinq_api_url},
 * built per call and closed after it (the URL is per connection), the {@code key} header from
 * {@code sinq_api_key}, SINQ's unpublished limit kept at {@code medgrid.sinq.rate-limit} per API key
 * on our side, and Fault Tolerance around each call as for every vendor (values per method through
 * MicroProfile Config, e.g. {@code com.medgrid.vendors.sinq.SinqCalls/Timeout/value}). Creating an
 * order is not retried here: the outbox relay reschedules it, and SINQ dedupes on the reference.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Bulkhead(4)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 1.0, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
public class SinqCalls {

    private static final Logger LOG = Logger.getLogger(SinqCalls.class.getName());
    /** A reference no order has: looking it up tells whether SINQ accepts the key, and changes nothing. */
    static final String PROBE_REFERENCE = "medgrid-connection-check";

    @Inject
    VendorCalls vendor;
    @Inject
    @ConfigProperty(name = "medgrid.sinq.rate-limit", defaultValue = "120/PT1M")
    String rateLimit;

    private RateLimit limit;

    @PostConstruct
    void init() {
        limit = RateLimit.parse(rateLimit);
    }

    /**
     * Looks up an order no one placed: any answer but a refused key (found, or 404) means the key works.
     *
     * @return empty when SINQ accepts the API key, else why not
     * @throws VendorException when SINQ cannot tell now (down, rate limited)
     */
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            call(credentials, api -> api.order(credentials.get(Sinq.API_KEY), PROBE_REFERENCE));
        } catch (VendorException.NotConfigured refused) {
            return Optional.of(refused.getMessage());
        } catch (VendorException.Rejected notFound) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code POST api/receivers/orders/inbound}: {@code {reference, transactionId}}. */
    public JsonObject inbound(Map<String, String> credentials, JsonObject order) {
        return call(credentials, api -> api.inbound(credentials.get(Sinq.API_KEY), order));
    }

    private JsonObject call(Map<String, String> credentials, Function<SinqApi, JsonObject> request) {
        URI base = baseUri(credentials.get(Sinq.API_URL));
        return vendor.call(Sinq.DESCRIPTION.label(), "sinq:" + Tokens.sha256Hex(credentials.get(Sinq.API_KEY)), limit, () -> {
            SinqApi api = vendor.client(SinqApi.class, Sinq.KEY, base.toString());
            try {
                return request.apply(api);
            } finally {
                close(api);
            }
        });
    }

    /** The connection's API URL, which must be an absolute http(s) URL; a bad one is a connection to fix, not a call to retry. */
    static URI baseUri(String url) {
        try {
            URI uri = url == null ? null : new URI(url.trim());
            if (uri != null && uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below, with the value that is wrong
        }
        throw VendorException.notConfigured("sinq_api_url must be an http(s) URL, got " + url + ".");
    }

    /** The answer (or the error) is in hand: a client that fails to close leaks a connection, which is worth a log line, not a failed call. */
    private static void close(SinqApi api) {
        try {
            api.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not close a SINQ Ops REST client", e);
        }
    }
}

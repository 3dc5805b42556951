package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorHttp;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Looks a prescriber up in the NPPES NPI registry before an e-script goes out
 * ({@code GET <url>?version=2.1&number=<npi>}). Policy ({@code medgrid.nppes.policy}):
 * {@code off}; {@code fail-open} (default): an NPI the registry does not know is refused, an
 * unreachable registry only logs a warning; {@code fail-closed}: an unreachable registry refuses too.
 */
@ApplicationScoped
public class NppesRegistry {

    private static final Logger LOG = Logger.getLogger(NppesRegistry.class.getName());

    enum Policy { OFF, FAIL_OPEN, FAIL_CLOSED }

    @Inject
    @ConfigProperty(name = "medgrid.nppes.url")
    String url;
    @Inject
    @ConfigProperty(name = "medgrid.nppes.policy", defaultValue = "fail-open")
    String policyName;

    private Client client;
    Policy policy;

    @PostConstruct
    void init() {
        client = VendorHttp.client(Duration.ofSeconds(5));
        policy = Policy.valueOf(policyName.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    JsonObject lookup(String npi) {
        try (Response response = client.target(url).queryParam("version", "2.1").queryParam("number", npi).request("application/json").get()) {
            return VendorHttp.object("The NPPES registry", VendorHttp.read("The NPPES registry", response));
        }
    }

    /** @throws VendorException rejected when the registry does not know the NPI (or, failing closed, cannot be asked) */
    public void requireKnown(String npi) {
        if (policy == Policy.OFF) {
            return;
        }
        JsonObject answer;
        try {
            answer = lookup(npi);
        } catch (ProcessingException | VendorException e) {
            if (policy == Policy.FAIL_CLOSED) {
                throw VendorException.rejected("The NPPES registry could not confirm prescriber NPI " + npi + ": " + e.getMessage());
            }
            LOG.warning(() -> "NPPES registry unreachable; e-script for NPI " + npi + " sent without the lookup: " + e.getMessage());
            return;
        }
        if (!(answer.get("result_count") instanceof JsonNumber count) || count.intValue() < 1) {
            throw VendorException.rejected("Prescriber NPI " + npi + " does not exist in the NPPES registry.");
        }
    }
}

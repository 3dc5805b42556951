package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * Looks a prescriber up in the NPPES NPI registry before an e-script goes out
 * ({@code GET nppes/mp-rest/url?version=2.1&number=<npi>}). Policy ({@code medgrid.nppes.policy}):
 * {@code off}; {@code fail-open} (default): an NPI the registry does not know is refused, an
 * unreachable registry only logs a warning; {@code fail-closed}: an unreachable registry refuses too.
 */
@ApplicationScoped
public class NppesRegistry {

    private static final Logger LOG = Logger.getLogger(NppesRegistry.class.getName());

    enum Policy { OFF, FAIL_OPEN, FAIL_CLOSED }

    @Inject
    @RestClient
    NppesApi api;
    @Inject
    @ConfigProperty(name = "medgrid.nppes.policy", defaultValue = "fail-open")
    String policyName;

    Policy policy;

    @PostConstruct
    void init() {
        policy = Policy.valueOf(policyName.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    JsonObject lookup(String npi) {
        return api.lookup("2.1", npi);
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

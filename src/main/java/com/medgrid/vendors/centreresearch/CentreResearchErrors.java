package com.medgrid.vendors.centreresearch;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorResponseErrors;
import com.medgrid.platform.validation.TextRules;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * Centre Research's error statuses, as for every vendor (401 the key, 429 with {@code Retry-After},
 * 5xx down), except that a refusal shows the vendor's own {@code error} text, and a 404 without
 * Centre Research's JSON envelope means the base URL is not its API at all: no working connection,
 * rather than a refused order. A {@code success: false} inside a 200 is read by {@link CentreResearchAnswers}.
 */
public class CentreResearchErrors extends VendorResponseErrors {

    static final String INVALID_KEY = "Centre Research refused the API key (HTTP 401): check centre_research_api_key.";
    private static final int BODY_SHOWN = 300;

    @Override
    public String vendor() {
        return CentreResearch.DESCRIPTION.label();
    }

    @Override
    protected String refusedCredentials(int status) {
        return status == 401 ? INVALID_KEY : "Centre Research refused the API key (HTTP " + status + "): check centre_research_api_key.";
    }

    @Override
    public VendorException toThrowable(Response response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || status == 401 || status == 403 || status == 429) {
            return super.toThrowable(response);
        }
        String body = body(response);
        Optional<String> error = CentreResearchAnswers.errorText(body);
        if (error.isPresent()) {
            return VendorException.rejected("Centre Research refused the request (HTTP " + status + "): " + error.get());
        }
        if (status == 404) {
            return VendorException.notConfigured("Centre Research's API is not at this URL (HTTP 404 without its JSON answer): "
                    + "check centre_research_api_url.");
        }
        return VendorException.rejected("Centre Research refused the request (HTTP " + status + "): " + TextRules.clip(body, BODY_SHOWN));
    }

    private static String body(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }
}

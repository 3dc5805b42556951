package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorResponseErrors;
import com.medgrid.platform.validation.TextRules;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;


/**
 * PharmaOne's error answers ({@code {"error", "message"}}), as for every vendor, with PharmaOne's
 * own words: a token without the route's scope (403 {@code insufficient_scope}) names the scope to
 * grant, since asking again will not help until an admin grants it; a 422's field errors are shown.
 */
public class PharmaOneErrors extends VendorResponseErrors {

    private static final int TEXT_SHOWN = 300;

    @Override
    public String vendor() {
        return PharmaOne.DESCRIPTION.label();
    }

    @Override
    public VendorException toThrowable(Response response) {
        int status = response.getStatus();
        JsonObject error = jsonBody(response);
        String message = error.getString("message", "");
        if (status == 403 && "insufficient_scope".equals(error.getString("error", ""))) {
            return VendorException.notConfigured("PharmaOne's API key lacks the scope " + error.getString("required_scope", "?")
                    + " (HTTP 403): grant it to the key in PharmaOne Manager → Org Settings → Integrations.");
        }
        if (status == 401 || status == 403) {
            return VendorException.notConfigured("PharmaOne refused the credentials (HTTP " + status + "): "
                    + (message.isEmpty() ? "check pharmaone_api_key and pharmaone_org_id." : message));
        }
        if (status >= 400 && status < 500 && status != 429) {
            JsonValue fields = error.get("fields");
            return VendorException.rejected("PharmaOne refused the request (HTTP " + status + "): "
                    + TextRules.clip(message + (fields instanceof JsonObject f && !f.isEmpty() ? " " + f : ""), TEXT_SHOWN));
        }
        return super.toThrowable(response);
    }
}

package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorResponseErrors;
import com.medgrid.platform.validation.TextRules;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;

import java.time.Duration;

/**
 * MD Integrations' error answers ({@code {"error", "message"}}; {@code error} is left out in
 * production), as for every vendor, with two of its own: 418 means the API is under maintenance
 * (wait and ask again, never a refusal), and a refusal shows MD Integrations' friendly message.
 */
public class MdiErrors extends VendorResponseErrors {

    /** How long to leave MD Integrations alone after a 418 before asking again. */
    static final Duration MAINTENANCE_WAIT = Duration.ofMinutes(1);
    private static final int TEXT_SHOWN = 300;

    @Override
    public String vendor() {
        return Mdi.DESCRIPTION.label();
    }

    @Override
    protected String refusedCredentials(int status) {
        return "MD Integrations refused the partner credentials (HTTP " + status + "): check mdi_client_id and mdi_client_secret.";
    }

    @Override
    public VendorException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 418) {
            return VendorException.unavailableUntil("MD Integrations is under maintenance (HTTP 418); MedGrid asks again later.", MAINTENANCE_WAIT);
        }
        if (status >= 400 && status < 500 && status != 401 && status != 403 && status != 429) {
            JsonObject error = jsonBody(response);
            String message = error.getString("message", error.getString("error", "")) + fieldErrors(error);
            return VendorException.rejected("MD Integrations refused the request (HTTP " + status + ")"
                    + (message.isEmpty() ? "." : ": " + TextRules.clip(message, TEXT_SHOWN)));
        }
        return super.toThrowable(response);
    }

    /** A validation answer's {@code errors: {field: [messages]}} (422), as " field: message; …"; empty when there are none. */
    static String fieldErrors(JsonObject error) {
        if (!(error.get("errors") instanceof JsonObject fields) || fields.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        fields.forEach((field, messages) -> text.append(text.length() == 0 ? " " : "; ").append(field).append(": ")
                .append(messages instanceof JsonArray list ? String.join(" ", list.getValuesAs(JsonString::getString)) : messages.toString()));
        return text.toString();
    }
}

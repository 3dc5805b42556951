package com.medgrid.platform.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Frappe's optimistic concurrency: a client that sends back the {@code modified} it read must
 * still hold the latest version, or its change is refused with TimestampMismatchError.
 */
public final class TimestampCheck {

    private TimestampCheck() {
    }

    public static void check(ApiArgs body, DocumentEntity current) {
        if (!body.has("modified")) {
            return;
        }
        Instant sent = ApiJson.parseDatetime(body.requireString("modified"));
        Instant stored = current.getModified().truncatedTo(ChronoUnit.SECONDS);
        if (!sent.truncatedTo(ChronoUnit.SECONDS).equals(stored)) {
            throw new ApiException(ApiError.TIMESTAMP_MISMATCH,
                    "Document has been modified after you have opened it (" + ApiJson.format(sent) + ", "
                            + ApiJson.format(stored) + "). Please refresh to get the latest document.");
        }
    }
}

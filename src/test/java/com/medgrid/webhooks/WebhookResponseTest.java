package com.medgrid.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which answers deliver, which are retried, which end a delivery. */
class WebhookResponseTest {

    private static WebhookResponse answer(int status) {
        return new WebhookResponse(Instant.now(), status, 10, "", null, Optional.empty());
    }

    @Test
    void twoHundredsDeliverServerErrorsTimeoutsAnd429AreRetriedOtherAnswersAreFinal() {
        assertTrue(answer(200).delivered());
        assertTrue(answer(204).delivered());
        assertFalse(answer(302).delivered());
        assertFalse(answer(302).retryable());
        for (int status : new int[] {500, 502, 503, 429, 408}) {
            assertTrue(answer(status).retryable(), "HTTP " + status);
        }
        assertTrue(WebhookResponse.noAnswer(Instant.now(), 5000, "No answer within 5 s.").retryable());
        for (int status : new int[] {400, 401, 404, 422}) {
            assertFalse(answer(status).retryable(), "HTTP " + status);
        }
        assertTrue(answer(410).gone());
        assertFalse(answer(404).gone());
    }
}

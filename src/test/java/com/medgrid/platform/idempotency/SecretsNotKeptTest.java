package com.medgrid.platform.idempotency;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Secrets never reach the kept copy of an answer. */
class SecretsNotKeptTest {

    @Test
    void secretFieldsAndSigningSecretsAreReplacedAndTheRestKept() {
        String kept = SecretsNotKept.redact("{\"message\":{\"user\":\"a@b.c\",\"api_key\":\"k1\",\"api_secret\":\"s1\"},"
                + "\"data\":[{\"name\":\"WH-1\",\"secret\":\"whsec_abc\",\"note\":\"whsec_in_text\"}]}");
        String replaced = "\"" + SecretsNotKept.REPLACEMENT + "\"";
        assertEquals("{\"message\":{\"user\":\"a@b.c\",\"api_key\":\"k1\",\"api_secret\":" + replaced + "},"
                + "\"data\":[{\"name\":\"WH-1\",\"secret\":" + replaced + ",\"note\":" + replaced + "}]}", kept);
    }

    @Test
    void aBodyThatIsNotJsonIsKeptAsItIs() {
        assertEquals("plain text", SecretsNotKept.redact("plain text"));
        assertEquals("", SecretsNotKept.redact(""));
    }
}

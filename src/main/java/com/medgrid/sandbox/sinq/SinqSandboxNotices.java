package com.medgrid.sandbox.sinq;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.sandbox.SandboxWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the SINQ simulator tells MedGrid an order moved on, as SINQ does: in either of its two
 * formats (flat {@code {reference, status, tracking}} or nested {@code {type: "order.<status>", data}}),
 * with the account's webhook key in the {@code key} header and, when it has a secret,
 * {@code X-Webhook-Signature: sha256=<hex HMAC-SHA256(secret, body)>}.
 */
@ApplicationScoped
public class SinqSandboxNotices {

    static final String FLAT = "flat";
    static final String NESTED = "nested";

    /** Where and how an account's webhooks go. */
    record Target(String url, String key, String secret) {
    }

    @Inject
    SandboxWebhooks webhooks;

    /** The body of a notice about {@code order} (as the simulator stores it) in {@code format}. */
    static JsonObject body(JsonObject order, String format) {
        JsonObjectBuilder fields = ApiJson.JSON.createObjectBuilder().add("reference", order.getString("reference"));
        if (order.containsKey("tracking")) {
            fields.add("tracking", order.getJsonObject("tracking"));
        }
        String status = order.getString("status");
        if (NESTED.equals(format)) {
            return ApiJson.JSON.createObjectBuilder().add("type", "order." + status).add("data", fields).build();
        }
        return fields.add("status", status).build();
    }

    /** Posts the notice in the background, signed when the target has a secret; SINQ sends a notice MedGrid did not take again. */
    void send(Target target, JsonObject body) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("key", target.key());
        if (target.secret() != null) {
            headers.put("X-Webhook-Signature", "sha256=" + HmacSigner.hex(target.secret(), body.toString()));
        }
        webhooks.postRetrying("SINQ Ops", target.url(), bytes, headers);
    }
}

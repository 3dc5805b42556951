package com.medgrid.sandbox.shipstation;

import jakarta.json.JsonObject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One simulated ShipStation account (a key pair): its orders, shipments, webhook subscriptions and planned faults. */
final class SandboxAccount {

    final Map<String, JsonObject> ordersByKey = new LinkedHashMap<>();
    final List<JsonObject> shipments = new ArrayList<>();
    /** Webhook subscriptions by id, each {@code {WebHookID, Url, HookType}} as ShipStation lists them. */
    final Map<Long, JsonObject> webhooks = new LinkedHashMap<>();
    final Deque<String> faults = new ArrayDeque<>();
}

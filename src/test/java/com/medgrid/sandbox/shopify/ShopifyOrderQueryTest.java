package com.medgrid.sandbox.shopify;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopifyOrderQueryTest {

    private static final JsonObject ORDER = Json.createObjectBuilder().add("name", "#1004")
            .add("tags", Json.createArrayBuilder().add("Skydell").add("SO-2026-00042")).add("sourceIdentifier", "SO-2026-00042 / shopify").build();

    @Test
    void matchesTagsCaseInsensitivelyAndSourceIdentifiersExactly() {
        assertTrue(ShopifyOrderQuery.parse("tag:'skydell'").test(ORDER));
        assertTrue(ShopifyOrderQuery.parse("tag:Skydell AND source_identifier:'SO-2026-00042 / shopify'").test(ORDER));
        assertTrue(ShopifyOrderQuery.parse("tag:\"SO-2026-00042\" name:1004").test(ORDER));
        assertFalse(ShopifyOrderQuery.parse("source_identifier:'SO-2026-00042'").test(ORDER));
        assertFalse(ShopifyOrderQuery.parse("tag:Skydell tag:Other").test(ORDER));
        assertTrue(ShopifyOrderQuery.parse("").test(ORDER));
    }

    @Test
    void refusesWhatItDoesNotUnderstandRatherThanMatchingEverything() {
        assertThrows(IllegalArgumentException.class, () -> ShopifyOrderQuery.parse("financial_status:paid"));
        assertThrows(IllegalArgumentException.class, () -> ShopifyOrderQuery.parse("skydell"));
        assertThrows(IllegalArgumentException.class, () -> ShopifyOrderQuery.parse("tag:'Skydell"));
        Predicate<JsonObject> or = order -> ShopifyOrderQuery.parse("tag:a OR tag:b").test(order);
        assertThrows(IllegalArgumentException.class, () -> or.test(ORDER));
    }
}

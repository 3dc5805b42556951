package com.medgrid.fulfillment;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingRuleTest {

    private static RoutingRule rule(JsonObject fields) {
        RoutingRule rule = new RoutingRule("rule");
        DocTypeMeta.of("Fulfillment Routing Rule", RoutingRule.class).apply(ApiArgs.of(fields), rule, fields.keySet());
        return rule;
    }

    @Test
    void everyConditionSetMustHold() {
        RoutingRule otc = rule(Json.createObjectBuilder().add("vendor", "perfectrx").add("priority", 20)
                .add("requires_prescription", "No").add("item_field", "perfectrx_drug_description").build());
        Map<String, String> mapped = Map.of("perfectrx_drug_description", "NAD+ 100mg");
        assertTrue(otc.matches(false, mapped, "Any - W", true));
        assertFalse(otc.matches(true, mapped, "Any - W", true));
        assertFalse(otc.matches(false, Map.of("sinq_sku", "S-1"), "Any - W", true));
    }

    @Test
    void aReviewRuleTakesOnlyPrescriptionLinesOfOrdersWithoutAPrescriber() {
        RoutingRule review = rule(Json.createObjectBuilder().add("vendor", "mdi").add("priority", 5).add("requires_prescription", "Yes")
                .add("has_prescriber", "No").add("item_field", "mdi_offering_id").build());
        Map<String, String> offered = Map.of("mdi_offering_id", "1a03114c-c1b0-413b-8a36-4b8957d9925e");
        assertTrue(review.reviewsPrescriptions());
        assertTrue(review.matches(true, offered, "Any - W", false));
        assertFalse(review.matches(true, offered, "Any - W", true), "an order with a prescriber goes to the pharmacy");
        assertFalse(review.matches(true, Map.of(), "Any - W", false), "an item no clinician offers is not reviewed");
        assertFalse(rule(Json.createObjectBuilder().add("vendor", "perfectrx").add("priority", 10).add("requires_prescription", "Yes").build())
                .reviewsPrescriptions());
    }

    @Test
    void aRuleWithoutConditionsMatchesEveryLineAndWarehouseRulesOnlyTheirWarehouse() {
        assertTrue(rule(Json.createObjectBuilder().add("vendor", "manual").add("priority", 1).build()).matches(true, Map.of(), "X", true));
        RoutingRule byWarehouse = rule(Json.createObjectBuilder().add("vendor", "shipstation").add("priority", 35)
                .add("warehouse", "ShipStation Warehouse - SM").build());
        assertTrue(byWarehouse.matches(false, Map.of(), "ShipStation Warehouse - SM", true));
        assertFalse(byWarehouse.matches(false, Map.of(), "Skydell Main - SM", true));
    }
}

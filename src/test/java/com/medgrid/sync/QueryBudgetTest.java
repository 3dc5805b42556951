package com.medgrid.sync;

import com.medgrid.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryBudgetTest {

    private final QueryBudget budget = new QueryBudget(4, 10_000);

    private void refused(String query, Map<String, Object> variables, String because) {
        ApiException refusal = assertThrows(ApiException.class, () -> budget.check(query, null, variables));
        assertTrue(refusal.getMessage().contains(because), refusal.getMessage());
    }

    @Test
    void aQueryCostsItsPageSizeTimesTheFieldsItSelectsPerRow() {
        assertDoesNotThrow(() -> budget.check("{ items(first: 500) { nodes { itemCode itemName } pageInfo { hasNextPage endCursor } } }",
                null, Map.of()), "500 × 4");
        refused("{ items(first: 2000) { nodes { itemCode itemName stockUom modified description } pageInfo { hasNextPage endCursor } } }",
                Map.of(), "This query costs 14000 units (page size × fields per row, over all its queries); at most 10000");
        String sevenFields = "{ nodes { itemCode itemName stockUom modified description } pageInfo { hasNextPage endCursor } }";
        refused("{ a: items(first: 500) " + sevenFields + " b: items(first: 500) " + sevenFields + " c: items(first: 500) " + sevenFields + " }",
                Map.of(), "costs 10500 units");
    }

    @Test
    void variablesFragmentsAndTheDefaultPageSizeCount() {
        refused("query Sync($n: Int) { items(first: $n) { ...row } } fragment row on ItemConnection { nodes { itemCode itemName stockUom } }",
                Map.of("n", 5000), "costs 15000 units");
        assertDoesNotThrow(() -> budget.check("{ items { nodes { itemCode } } }", null, Map.of()), "100 × 1");
    }

    @Test
    void nestingIsBoundedButIntrospectionAndUnparsableQueriesPass() {
        refused("{ items(first: 1) { edges { node { stock { warehouse } } } } }", Map.of(), "nests fields 5 deep; at most 4");
        assertDoesNotThrow(() -> budget.check("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }", null, Map.of()));
        assertDoesNotThrow(() -> budget.check("{ items(first: ", null, Map.of()), "GraphQL answers the syntax error");
        ApiException refusal = assertThrows(ApiException.class, () -> budget.check(
                "query A { items(first: 1) { nodes { itemCode } } } query B { items(first: 1) { edges { node { stock { w } } } } }", "B", Map.of()));
        assertTrue(refusal.getMessage().contains("nests"), "the operation asked for is the one checked");
    }
}

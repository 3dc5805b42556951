package com.medgrid.vendors.shopify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopifyOperationTest {

    /** The pacer and the logs know an operation by its name: it must be the one in its document. */
    @Test
    void everyDocumentDeclaresItsOperationName() {
        for (ShopifyOperation operation : ShopifyOperation.values()) {
            String keyword = operation.mutation() ? "mutation " : "query ";
            assertTrue(operation.document().startsWith(keyword + operation.operationName()), operation::name);
        }
    }
}

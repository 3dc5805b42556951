package com.medgrid.vendors.shopify;

/**
 * The Admin GraphQL operations MedGrid sends, each under its own operation name (what the cost
 * pacer and the logs know it by). Only the fields MedGrid reads are asked for: the cost of a query
 * grows with what it selects.
 */
enum ShopifyOperation {

    SHOP("MedgridShop", false, """
            query MedgridShop {
              shop { name myshopifyDomain }
            }"""),

    VARIANTS("MedgridVariants", false, """
            query MedgridVariants($first: Int!, $after: String) {
              productVariants(first: $first, after: $after, sortKey: ID) {
                nodes { id sku title product { id title } inventoryItem { id } }
                pageInfo { hasNextPage endCursor }
              }
            }"""),

    INVENTORY_LEVELS("MedgridInventoryLevels", false, """
            query MedgridInventoryLevels($ids: [ID!]!, $locationId: ID!) {
              nodes(ids: $ids) {
                ... on InventoryItem {
                  id
                  inventoryLevel(locationId: $locationId) { quantities(names: ["available"]) { name quantity } }
                }
              }
            }"""),

    ORDER_CREATE("MedgridOrderCreate", true, """
            mutation MedgridOrderCreate($order: OrderCreateOrderInput!) {
              orderCreate(order: $order) {
                order { id name }
                userErrors { field message }
              }
            }"""),

    ORDERS_BY_QUERY("MedgridOrdersByQuery", false, """
            query MedgridOrdersByQuery($query: String!) {
              orders(first: 5, query: $query) { nodes { id name } }
            }"""),

    ORDER("MedgridOrder", false, """
            query MedgridOrder($id: ID!) {
              order(id: $id) {
                id name displayFulfillmentStatus cancelledAt updatedAt
                fulfillments(first: 10) { trackingInfo(first: 5) { number company url } }
              }
            }"""),

    WEBHOOK_SUBSCRIPTIONS("MedgridWebhookSubscriptions", false, """
            query MedgridWebhookSubscriptions {
              webhookSubscriptions(first: 50) { nodes { id topic uri } }
            }"""),

    WEBHOOK_SUBSCRIPTION_CREATE("MedgridWebhookSubscriptionCreate", true, """
            mutation MedgridWebhookSubscriptionCreate($topic: WebhookSubscriptionTopic!, $uri: String!) {
              webhookSubscriptionCreate(topic: $topic, webhookSubscription: {uri: $uri, format: JSON}) {
                webhookSubscription { id topic uri }
                userErrors { field message }
              }
            }"""),

    WEBHOOK_SUBSCRIPTION_DELETE("MedgridWebhookSubscriptionDelete", true, """
            mutation MedgridWebhookSubscriptionDelete($id: ID!) {
              webhookSubscriptionDelete(id: $id) {
                deletedWebhookSubscriptionId
                userErrors { field message }
              }
            }""");

    private final String operationName;
    private final boolean mutation;
    private final String document;

    ShopifyOperation(String operationName, boolean mutation, String document) {
        this.operationName = operationName;
        this.mutation = mutation;
        this.document = document;
    }

    /** A mutation changes the shop: never retried blindly (placing looks for the order first). */
    boolean mutation() {
        return mutation;
    }

    String document() {
        return document;
    }

    /** The name in the document, e.g. {@code MedgridVariants}. */
    String operationName() {
        return operationName;
    }
}

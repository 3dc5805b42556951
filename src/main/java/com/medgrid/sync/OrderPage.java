package com.medgrid.sync;

import com.medgrid.fulfillment.FulfillmentService;
import com.medgrid.selling.OrderLines;
import org.eclipse.microprofile.graphql.GraphQLException;

import java.util.List;
import java.util.Map;

/**
 * What a page of orders refers to, read for the whole page the first time any of its orders asks,
 * and only if one asks: lines with one query, shipments with two.
 */
final class OrderPage {

    private final OrderLines orderLines;
    private final FulfillmentService fulfillment;
    private final List<String> names;
    private Map<String, List<OrderLines.Line>> lines;
    private Map<String, List<Map<String, Object>>> shipments;

    OrderPage(OrderLines orderLines, FulfillmentService fulfillment, List<String> names) {
        this.orderLines = orderLines;
        this.fulfillment = fulfillment;
        this.names = names;
    }

    synchronized List<OrderLines.Line> lines(String order) throws GraphQLException {
        if (lines == null) {
            lines = Refusals.shown(() -> orderLines.of(names));
        }
        return lines.getOrDefault(order, List.of());
    }

    synchronized List<Map<String, Object>> shipments(String order) throws GraphQLException {
        if (shipments == null) {
            shipments = Refusals.shown(() -> fulfillment.shipments(names));
        }
        return shipments.getOrDefault(order, List.of());
    }
}

package com.medgrid.webhooks;

import com.medgrid.catalog.StockFellBelowReorderLevel;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.selling.Billing;
import com.medgrid.selling.OrderShipping;
import com.medgrid.selling.PaymentEntry;
import com.medgrid.selling.SalesOrder;
import com.medgrid.selling.SalesOrderFulfillmentChanged;
import com.medgrid.selling.SalesOrderPaymentRecorded;
import com.medgrid.selling.SalesOrderStatusChanged;
import com.medgrid.selling.SalesOrderSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

import java.util.Set;

/**
 * Turns the domain's own events into webhook events, inside the transaction that fired them
 * (synchronous observers), so the outbox row commits or rolls back with the change:
 * <ul>
 * <li>{@code order.created}: the order was submitted;</li>
 * <li>{@code order.partially_shipped}: the first of several vendors shipped;
 * {@code order.shipped}: every vendor has shipped; {@code order.delivered}: everything arrived
 * (each with the latest shipment's {@code tracking_number} and {@code carrier});</li>
 * <li>{@code order.paid}: payments reached the grand total; {@code order.refunded}: a refund was
 * recorded ({@code payment_entry}, {@code amount}, {@code currency});</li>
 * <li>{@code order.cancelled}; {@code inventory.low_stock}: a bin went below its item's reorder level.</li>
 * </ul>
 */
@ApplicationScoped
public class WebhookEventSources {

    /** Fulfilment statuses in which every vendor has shipped. */
    private static final Set<String> ALL_SHIPPED = Set.of("Shipped", "Partly Delivered", "Delivered");

    @Inject
    WebhookOutbox outbox;
    @Inject
    OrderShipping shipping;

    void submitted(@Observes SalesOrderSubmitted order) {
        outbox.record("order.created", order.salesOrder(), null, orderFields(order.salesOrder()));
    }

    void statusChanged(@Observes SalesOrderStatusChanged change) {
        if (SalesOrder.CANCELLED.equals(change.to())) {
            outbox.record("order.cancelled", change.salesOrder(), null, orderFields(change.salesOrder()));
        }
    }

    void fulfillmentChanged(@Observes SalesOrderFulfillmentChanged change) {
        if ("Partly Shipped".equals(change.to())) {
            shippingEvent("order.partially_shipped", change.salesOrder());
        }
        if (ALL_SHIPPED.contains(change.to()) && (change.from() == null || !ALL_SHIPPED.contains(change.from()))) {
            shippingEvent("order.shipped", change.salesOrder());
        }
        if ("Delivered".equals(change.to())) {
            shippingEvent("order.delivered", change.salesOrder());
        }
    }

    void paymentRecorded(@Observes SalesOrderPaymentRecorded payment) {
        if (PaymentEntry.REFUND.equals(payment.paymentType())) {
            outbox.record("order.refunded", payment.salesOrder(), null, paymentFields(payment));
        } else if (Billing.PAID.equals(payment.billingStatus()) && !Billing.PAID.equals(payment.previousBillingStatus())) {
            outbox.record("order.paid", payment.salesOrder(), null, paymentFields(payment));
        }
    }

    /** Per warehouse: {@code on_hand} is the bin's available quantity (actual − reserved), {@code threshold} the item's reorder level. */
    void stockFell(@Observes StockFellBelowReorderLevel stock) {
        outbox.record("inventory.low_stock", null, stock.itemCode(), ApiJson.JSON.createObjectBuilder()
                .add("item_code", stock.itemCode())
                .add("warehouse", stock.warehouse())
                .add("on_hand", FieldValues.plain(stock.available()))
                .add("threshold", FieldValues.plain(stock.reorderLevel())));
    }

    private void shippingEvent(String event, String salesOrder) {
        JsonObjectBuilder fields = orderFields(salesOrder);
        OrderShipping.Shipment shipment = shipping.latestShipment(salesOrder).orElse(null);
        addOrNull(fields, WebhookAudience.TRACKING_NUMBER, shipment == null ? null : shipment.trackingNumber());
        addOrNull(fields, WebhookAudience.CARRIER, shipment == null ? null : shipment.carrier());
        outbox.record(event, salesOrder, null, fields);
    }

    private static JsonObjectBuilder orderFields(String salesOrder) {
        return ApiJson.JSON.createObjectBuilder().add("sales_order", salesOrder);
    }

    private static JsonObjectBuilder paymentFields(SalesOrderPaymentRecorded payment) {
        return orderFields(payment.salesOrder()).add("payment_entry", payment.paymentEntry())
                .add("amount", FieldValues.plain(payment.amount())).add("currency", payment.currency());
    }

    private static void addOrNull(JsonObjectBuilder fields, String name, String value) {
        if (value == null) {
            fields.addNull(name);
        } else {
            fields.add(name, value);
        }
    }
}

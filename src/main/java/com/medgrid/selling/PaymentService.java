package com.medgrid.selling;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocumentStore;
import com.medgrid.platform.audit.AuditLog;
import com.medgrid.platform.naming.NamingSeries;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/**
 * Records Payment Entries against submitted Sales Orders. Each entry and its order's billing
 * ({@code advance_paid}, {@code per_billed}, {@code billing_status}) are written in one transaction
 * under a row lock on the order, so concurrent payments cannot overpay and refunds cannot exceed
 * what was paid. Announces {@link SalesOrderPaymentRecorded}.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    static final DocTypeMeta META = DocTypeMeta.of("Payment Entry", PaymentEntry.class);
    static final Set<String> WRITABLE = Set.of("payment_type", "sales_order", "paid_amount", "posting_date",
            "mode_of_payment", "reference_no", "reference_date", "remarks");

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    DocumentStore store;
    @Inject
    NamingSeries naming;
    @Inject
    CurrentUser user;
    @Inject
    CustomerAccess access;
    @Inject
    Event<SalesOrderPaymentRecorded> recorded;

    /** A Payment Entry from an API body (staff: the caller's role was checked by the DocType). */
    public PaymentEntry record(ApiArgs body) {
        if (body.has("party_type") || body.has("party")) {
            // accepted for ERPNext clients, but they must name the order's customer
            body.string("party_type").filter(t -> !PaymentEntry.CUSTOMER.equals(t)).ifPresent(t -> {
                throw ApiException.validation("party_type must be Customer, got " + t + ".");
            });
        }
        Optional<String> party = body.string("party");
        ApiArgs fields = ApiArgs.of(without(body, "party_type", "party", "doctype", "docstatus"));
        return store.insert(META, new PaymentEntry(), fields, WRITABLE, entry -> book(entry, party));
    }

    /**
     * Pays an order the caller may see (its customer's partner user, or staff): the outstanding
     * amount unless {@code amount} is given. For the sandbox's no-op processor; 404 for others' orders.
     */
    public PaymentEntry pay(String salesOrder, Optional<BigDecimal> amount, String mode, String reference) {
        SalesOrder order = em.find(SalesOrder.class, salesOrder, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !access.canSee(order.getCustomer())) {
            throw ApiException.notFound("Sales Order " + salesOrder + " not found.");
        }
        BigDecimal value = amount.orElseGet(order::outstanding);
        if (amount.isEmpty() && value.signum() == 0 && order.getDocstatus() == 1) {
            throw ApiException.validation("Sales Order " + salesOrder + " is already paid.");
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("payment_type", PaymentEntry.RECEIVE).add("sales_order", salesOrder)
                .add("paid_amount", value).add("mode_of_payment", mode).add("reference_no", reference)
                .add("reference_date", LocalDate.now(ZoneOffset.UTC).toString());
        return store.insert(META, new PaymentEntry(), ApiArgs.of(body.build()), WRITABLE, entry -> book(entry, Optional.empty()));
    }

    /** The checks and the order's update, with the order locked; names the entry. */
    private void book(PaymentEntry entry, Optional<String> party) {
        if (entry.getName() != null) {
            return;
        }
        String type = entry.getPaymentType();
        if (!PaymentEntry.RECEIVE.equals(type) && !PaymentEntry.REFUND.equals(type)) {
            throw ApiException.validation("payment_type must be Receive or Refund, got " + type + ".");
        }
        SalesOrder order = em.find(SalesOrder.class, entry.getSalesOrder(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw ApiException.validation("Could not find Sales Order: " + entry.getSalesOrder());
        }
        if (order.getDocstatus() != 1) {
            throw ApiException.validation("Sales Order " + order.getName() + " is " + order.getStatus()
                    + ": payments can only be recorded against submitted orders.");
        }
        party.filter(p -> !p.equals(order.getCustomer())).ifPresent(p -> {
            throw ApiException.validation("party " + p + " is not the customer of Sales Order " + order.getName() + ".");
        });
        BigDecimal amount = entry.getPaidAmount();
        if (amount.signum() <= 0) {
            throw ApiException.validation("paid_amount must be greater than 0, got " + plain(amount) + ".");
        }
        int digits = fractionDigits(order.getCurrency());
        if (amount.stripTrailingZeros().scale() > digits) {
            throw ApiException.validation("paid_amount " + plain(amount) + " has more than " + digits + " decimal places for "
                    + order.getCurrency() + ".");
        }
        if (PaymentEntry.RECEIVE.equals(type) && amount.compareTo(order.outstanding()) > 0) {
            throw ApiException.validation("paid_amount " + plain(amount) + " is more than the outstanding amount "
                    + plain(order.outstanding()) + " " + order.getCurrency() + " of Sales Order " + order.getName() + ".");
        }
        if (PaymentEntry.REFUND.equals(type) && amount.compareTo(order.getAdvancePaid()) > 0) {
            throw ApiException.validation("Refund of " + plain(amount) + " is more than the " + plain(order.getAdvancePaid()) + " "
                    + order.getCurrency() + " paid (net of refunds) for Sales Order " + order.getName() + ".");
        }
        entry.assign(naming.next(PaymentEntry.SERIES), order.getCustomer(), order.getCurrency(), LocalDate.now(ZoneOffset.UTC));
        String before = order.getBillingStatus();
        Billing billing = order.paid(PaymentEntry.REFUND.equals(type) ? amount.negate() : amount);
        order.modified(user.name(), Instant.now());
        if (PaymentEntry.REFUND.equals(type)) {
            audit.record("Refunded", "Sales Order", order.getName(), entry.getName() + ": " + plain(amount) + " " + order.getCurrency());
        }
        recorded.fire(new SalesOrderPaymentRecorded(order.getName(), order.getCustomer(), entry.getName(), type, amount,
                order.getCurrency(), order.getAdvancePaid(), billing.perBilled(), before, billing.status()));
    }

    /** The currency's minor-unit digits (2 for USD); 2 when the code is not an ISO currency. */
    static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static jakarta.json.JsonObject without(ApiArgs body, String... keys) {
        JsonObjectBuilder copy = Json.createObjectBuilder(body.asJson());
        for (String key : keys) {
            copy.remove(key);
        }
        return copy.build();
    }
}

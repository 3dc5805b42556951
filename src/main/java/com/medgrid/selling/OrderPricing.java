package com.medgrid.selling;

import com.medgrid.catalog.PriceList;
import com.medgrid.catalog.PriceLookup;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.audit.Changes;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Who may set what on an order's price. Partners, clinics and EMRs order at their customer's price
 * list (else the platform default), in that list's currency, dated today. Only sales staff and
 * admins may choose another list, date an order otherwise or override a line's rate, and each such
 * override goes into the order's audit {@link Changes} (who, old, new). A value equal to the one
 * that applies anyway is accepted from anyone, so a client may send a document back unchanged.
 */
@ApplicationScoped
class OrderPricing {

    @Inject
    PriceLookup prices;
    @Inject
    CurrentUser user;

    /** A line's rate, and the rate it overrides when it differs from what applied. */
    record Rate(BigDecimal value, Optional<BigDecimal> replaced) {
    }

    boolean mayOverride() {
        return user.hasAnyRole(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.SALES_MANAGER, Roles.SALES_USER);
    }

    /**
     * The order's price list: the one requested (staff only, unless it is the one that applies),
     * else the one the draft has, else the customer's, else the platform default. A currency in
     * the request must be that list's.
     */
    PriceList priceList(SalesOrder order, String previousCustomer, Customer customer, ApiArgs body, Changes changes) {
        Optional<String> applying = order.getSellingPriceList() != null && customer.getName().equals(previousCustomer)
                ? Optional.of(order.getSellingPriceList())
                : Optional.ofNullable(customer.getDefaultPriceList()).or(prices::defaultSellingPriceList);
        Optional<String> requested = body.string("selling_price_list");
        String chosen = requested.or(() -> applying).orElseThrow(() -> ApiException.validation(
                "selling_price_list is required: customer " + customer.getName() + " has no default price list."));
        if (!Optional.of(chosen).equals(applying)) {
            requireOverride("selling_price_list", applying.map(list -> "the price list of this order is " + list)
                    .orElse("no price list applies to customer " + customer.getName()));
            changes.field("selling_price_list", applying.orElse(null), chosen);
        }
        PriceList list = prices.priceList(chosen).filter(p -> p.isEnabled() && p.isSelling())
                .orElseThrow(() -> ApiException.validation("Could not find Price List: " + chosen + " (an enabled selling price list)."));
        body.string("currency").filter(currency -> !currency.equals(list.getCurrency())).ifPresent(currency -> {
            throw ApiException.validation("currency " + currency + " does not match price list " + chosen
                    + ": orders are in the currency of their price list, " + list.getCurrency() + ".");
        });
        return list;
    }

    /**
     * The order's date: the one it has, else today. Anyone may date it today in their own time
     * zone (a day either side of UTC's today); any other date only staff.
     */
    LocalDate transactionDate(SalesOrder order, ApiArgs body, Changes changes) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate applying = order.getTransactionDate() != null ? order.getTransactionDate() : today;
        if (!body.has("transaction_date")) {
            return applying;
        }
        LocalDate requested = (LocalDate) FieldValues.fromJson(SalesOrderService.META.field("transaction_date"),
                body.asJson().get("transaction_date"));
        boolean todaySomewhere = !requested.isBefore(today.minusDays(1)) && !requested.isAfter(today.plusDays(1));
        if (!requested.equals(applying) && !todaySomewhere) {
            requireOverride("transaction_date", "orders are dated today, " + today);
            changes.field("transaction_date", applying, requested);
        }
        return requested;
    }

    /**
     * A line's rate: the one requested (staff only, unless it is the one that applies), else the
     * line's current rate when it keeps its item and list, else the price list's.
     *
     * @param kept the rate the same line had, when neither its item nor the price list changed
     */
    Rate rate(int row, String itemCode, String priceList, Optional<BigDecimal> requested, Optional<BigDecimal> kept) {
        Optional<BigDecimal> applying = kept.or(() -> prices.rate(itemCode, priceList));
        if (requested.isEmpty()) {
            return new Rate(applying.orElseThrow(() -> ApiException.validation("Row " + row + ": item " + itemCode
                    + " has no price in " + priceList + (mayOverride() ? "; send a rate." : "."))), Optional.empty());
        }
        BigDecimal rate = requested.get();
        if (rate.signum() < 0) {
            throw ApiException.validation("Row " + row + ": rate must not be negative.");
        }
        if (applying.isPresent() && applying.get().compareTo(rate) == 0) {
            return new Rate(applying.get(), Optional.empty());
        }
        requireOverride("Row " + row + ": rate", applying.map(r -> "item " + itemCode + " costs " + FieldValues.plain(r).toPlainString()
                + " in " + priceList).orElse("item " + itemCode + " has no price in " + priceList));
        return new Rate(rate, Optional.of(applying.orElse(BigDecimal.ZERO)));
    }

    private void requireOverride(String field, String why) {
        if (!mayOverride()) {
            throw ApiException.permission("Not permitted: " + field + " is not yours to set (" + why
                    + "); only sales staff may override prices, price lists and dates.");
        }
    }
}

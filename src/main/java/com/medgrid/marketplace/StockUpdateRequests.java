package com.medgrid.marketplace;

import com.medgrid.catalog.Item;
import com.medgrid.catalog.StockService;
import com.medgrid.catalog.Warehouse;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocumentStore;
import com.medgrid.platform.audit.AuditLog;
import com.medgrid.platform.naming.NamingSeries;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.validation.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;

/**
 * The life of a Stock Update Request: a vendor requests a change for one of its own items (officers for
 * any item), an officer approves it, which changes the bin in the same transaction, or rejects it. Every
 * act is in the Audit Log.
 */
@ApplicationScoped
@Transactional
public class StockUpdateRequests {

    static final String DOCTYPE = "Stock Update Request";
    private static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    DocumentStore store;
    @Inject
    NamingSeries naming;
    @Inject
    StockService stock;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    StockUpdateAccess access;

    /** {item, action, warehouse, quantity, reason} → a Requested document. */
    public Map<String, Object> create(ApiArgs args) {
        return StockUpdateRequestDocType.META.render(request(args, user.name(), true));
    }

    /**
     * {@link #create} on behalf of a vendor user when there is no caller (the sandbox's demo data at
     * startup): the same checks of the request, none of who asks; returns the request's name.
     */
    public String requestOnBehalf(ApiArgs args, String actor) {
        return request(args, actor, false).getName();
    }

    private StockUpdateRequest request(ApiArgs args, String actor, boolean checkCaller) {
        String itemCode = args.requireString("item");
        StockUpdate update = new StockUpdate(itemCode, args.requireString("warehouse"), StockUpdateAction.of(args.requireString("action")),
                args.decimal("quantity").orElseThrow(() -> ApiException.validation("quantity is required.")));
        String reason = reason(args);
        store.requireLink("Item", Item.class, itemCode);
        store.requireLink("Warehouse", Warehouse.class, update.warehouse());
        String vendor = em.find(Item.class, itemCode).getDefaultSupplier();
        if (checkCaller && !access.mayRequestFor(vendor)) {
            throw ApiException.permission("Not permitted: item " + itemCode + " is not sold by a Vendor Profile you act for.");
        }
        StockUpdateRequest request = new StockUpdateRequest(naming.next(StockUpdateRequest.SERIES), update, reason, vendor);
        request.created(actor, Instant.now());
        em.persist(request);
        audit.record(actor, StockUpdateRequest.REQUESTED, DOCTYPE, request.getName(), update.describe() + ": " + reason);
        return request;
    }

    /** Applies a Requested one to its bin and marks it Approved, both or neither. */
    public Map<String, Object> approve(String name) {
        return StockUpdateRequestDocType.META.render(approve(name, user.name()));
    }

    /** {@link #approve(String)} by {@code actor} when there is no caller (the sandbox's demo data at startup). */
    public void approveOnBehalf(String name, String actor) {
        approve(name, actor);
    }

    private StockUpdateRequest approve(String name, String actor) {
        StockUpdateRequest request = requested(name, "approved");
        StockUpdate update = request.update();
        StockService.ActualChange change = stock.adjust(update.item(), update.warehouse(), update::actualAfter, actor);
        request.approve(actor, Instant.now());
        audit.record(actor, StockUpdateRequest.APPROVED, DOCTYPE, name, update.describe(change.before(), change.after()));
        return request;
    }

    /** Marks a Requested one Rejected, with the reason the vendor will read. */
    public Map<String, Object> reject(String name, ApiArgs args) {
        String reason = reason(args);
        StockUpdateRequest request = requested(name, "rejected");
        request.reject(reason, user.name(), Instant.now());
        audit.record(StockUpdateRequest.REJECTED, DOCTYPE, name, reason);
        return StockUpdateRequestDocType.META.render(request);
    }

    /**
     * The request, locked so that concurrent reviews of it run one after the other: the second sees the
     * first's outcome and is refused, so an approval is applied once.
     */
    private StockUpdateRequest requested(String name, String outcome) {
        StockUpdateRequest request = em.find(StockUpdateRequest.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw ApiException.notFound(DOCTYPE + " " + name + " not found.");
        }
        if (!StockUpdateRequest.REQUESTED.equals(request.getStatus())) {
            throw ApiException.validation(DOCTYPE + " " + name + " is " + request.getStatus() + ": only a Requested one can be "
                    + outcome + ".");
        }
        return request;
    }

    /** Both the vendor's reason and the officer's are read by the other side: required, and short. */
    private static String reason(ApiArgs args) {
        String reason = args.requireString("reason");
        if (reason.length() > MAX_REASON) {
            throw ApiException.validation("reason must be at most " + MAX_REASON + " characters, got " + reason.length() + ".");
        }
        TextRules.problem(reason, false).ifPresent(problem -> {
            throw ApiException.validation("reason " + problem + ".");
        });
        return reason;
    }
}

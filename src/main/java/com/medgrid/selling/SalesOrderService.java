package com.medgrid.selling;

import com.medgrid.catalog.Item;
import com.medgrid.catalog.PriceList;
import com.medgrid.catalog.StockService;
import com.medgrid.catalog.Warehouse;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.TimestampCheck;
import com.medgrid.platform.audit.Audit;
import com.medgrid.platform.audit.Changes;
import com.medgrid.platform.naming.NamingSeries;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.validation.Npi;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Sales Order lifecycle: drafts are created and edited freely; submitting reserves stock for
 * every line atomically and announces {@link SalesOrderSubmitted}; cancelling releases the stock.
 * Each call is one transaction: a refusal leaves nothing written.
 */
@ApplicationScoped
@Transactional
public class SalesOrderService {

    /** The Sales Order's own columns; {@link #document()} adds the vendor fields. */
    static final DocTypeMeta META = DocTypeMeta.of("Sales Order", SalesOrder.class);

    /** Header fields taken as sent; the price fields ({@link #PRICING}) go through {@link OrderPricing}. */
    private static final Set<String> HEADER = Set.of("customer", "delivery_date", "shipping_address_name", "prescriber_npi");
    private static final Set<String> PRICING = Set.of("transaction_date", "currency", "selling_price_list");
    private static final Set<String> WRITABLE = union(union(HEADER, PRICING), Set.of("items", "docstatus"));
    private static final Set<String> LINE_INPUT = Set.of("item_code", "qty", "rate", "warehouse");
    /** Line fields a client may send back unchanged; the server computes them. */
    private static final Set<String> LINE_COMPUTED = Set.of("name", "idx", "item_name", "amount", "vendor", "doctype",
            "parent", "parenttype", "parentfield");

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    NamingSeries naming;
    @Inject
    StockService stock;
    @Inject
    OrderPricing pricing;
    @Inject
    Audit audit;
    @Inject
    CurrentUser user;
    @Inject
    CustomerAccess access;
    @Inject
    OrderAccess orderAccess;
    @Inject
    Event<SalesOrderSubmitted> submittedEvent;
    @Inject
    Event<SalesOrderStatusChanged> statusEvent;
    @Inject
    Event<SalesOrderFulfillmentChanged> fulfillmentEvent;
    @Inject
    SalesOrderVendorFields vendorFields;

    private DocTypeMeta document;

    @PostConstruct
    void init() {
        document = META.withDerived(vendorFields);
    }

    /** The Sales Order as documents and lists show it: its columns, then the vendor fields. */
    public DocTypeMeta document() {
        return document;
    }

    /** An order's vendor fields, as its document shows them (system use: no caller check). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> vendorFields(String name) {
        Map<String, Object> row = new HashMap<>(Map.of("name", name));
        vendorFields.fill(List.of(row));
        row.remove("name");
        return row;
    }

    public SalesOrder create(ApiArgs body) {
        document.checkWritable(body, WRITABLE);
        int docstatus = docstatus(body, 0, true);
        Customer customer = orderableCustomer(body.requireString("customer"));
        SalesOrder order = new SalesOrder();
        Changes overrides = new Changes();
        fill(order, customer, body, overrides);
        if (docstatus == 1) {
            stock.reserve(demand(order));
        }
        // The name comes last: the series' counter stays locked until this transaction commits (names
        // are gap-free), so every other order being placed waits from here on; only writes follow.
        order.name(naming.next(SalesOrder.SERIES));
        order.created(user.name(), Instant.now());
        em.persist(order);
        audit.record(META.doctype(), order.getName(), overrides);
        if (docstatus == 1) {
            announceSubmitted(order);
        }
        return order;
    }

    public SalesOrder update(String name, ApiArgs body) {
        document.checkWritable(body, WRITABLE);
        SalesOrder order = visible(name, LockModeType.PESSIMISTIC_WRITE);
        TimestampCheck.check(body, order);
        int target = docstatus(body, order.getDocstatus(), false);
        boolean edits = body.asJson().keySet().stream().anyMatch(WRITABLE::contains) && !onlyDocstatus(body);
        switch (order.getDocstatus()) {
            case 0 -> {
                if (target == 2) {
                    throw ApiException.validation("A draft cannot be cancelled: delete it instead.");
                }
                if (edits) {
                    String customer = body.string("customer").orElse(order.getCustomer());
                    Changes overrides = new Changes();
                    fill(order, orderableCustomer(customer), body, overrides);
                    audit.record(META.doctype(), order.getName(), overrides);
                }
                if (target == 1) {
                    submit(order);
                }
            }
            case 1 -> {
                if (target == 0) {
                    throw ApiException.validation("Cannot change docstatus from 1 to 0: a submitted order can only be cancelled.");
                }
                if (edits) {
                    throw ApiException.validation("Submitted order " + name + " cannot be edited; cancel it and create a new one.");
                }
                if (target == 2) {
                    cancel(order);
                }
            }
            default -> throw ApiException.validation("Cancelled order " + name + " cannot be changed.");
        }
        order.modified(user.name(), Instant.now());
        return order;
    }

    /** Hold, close, resume or re-open a submitted order; closing gives its stock back, re-opening reserves it again. */
    public SalesOrder updateStatus(String name, String target) {
        SalesOrder order = visible(name, LockModeType.PESSIMISTIC_WRITE);
        boolean reserved = order.holdsReservation();
        String from = order.getStatus();
        order.changeStatus(target);
        if (reserved && !order.holdsReservation()) {
            stock.release(demand(order));
        } else if (!reserved && order.holdsReservation()) {
            stock.reserve(demand(order));
        }
        order.modified(user.name(), Instant.now());
        statusChanged(order, from);
        return order;
    }

    /** Records the order's fulfilment status (computed by fulfilment) and announces a change. */
    public void recordFulfillmentStatus(String orderName, String status) {
        SalesOrder order = em.find(SalesOrder.class, orderName, LockModeType.PESSIMISTIC_WRITE);
        String from = order.getFulfillmentStatus();
        if (!status.equals(from)) {
            order.setFulfillmentStatus(status);
            fulfillmentEvent.fire(new SalesOrderFulfillmentChanged(orderName, order.getCustomer(), from, status));
        }
    }

    /**
     * Records who prescribes the order's prescription items when the order was placed without a
     * prescriber and a clinician approved them later (a telehealth case); a prescriber already named stays.
     *
     * @throws IllegalArgumentException for a number that is no NPI
     */
    public void recordPrescriber(String orderName, String npi) {
        if (!Npi.isValid(npi)) {
            throw new IllegalArgumentException(npi + " is not a valid NPI");
        }
        SalesOrder order = em.find(SalesOrder.class, orderName, LockModeType.PESSIMISTIC_WRITE);
        if (order.getPrescriberNpi() == null) {
            order.setPrescriberNpi(npi);
        }
    }

    private void statusChanged(SalesOrder order, String from) {
        statusEvent.fire(new SalesOrderStatusChanged(order.getName(), order.getCustomer(), from, order.getStatus()));
    }

    public void delete(String name) {
        SalesOrder order = visible(name, LockModeType.PESSIMISTIC_WRITE);
        if (order.getDocstatus() != 0) {
            throw ApiException.validation("Only drafts can be deleted; " + name + " is " + order.getStatus() + ".");
        }
        em.remove(order);
    }

    /** The order if the caller may see it; 404 otherwise, so others' order names do not leak. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SalesOrder visible(String name, LockModeType lock) {
        SalesOrder order = em.find(SalesOrder.class, name, lock);
        if (order == null || !orderAccess.canSee(order)) {
            throw ApiException.notFound("Sales Order " + name + " not found.");
        }
        return order;
    }

    private void submit(SalesOrder order) {
        stock.reserve(demand(order));
        announceSubmitted(order);
    }

    /** Marks a draft whose stock is reserved as submitted, and tells fulfilment, webhooks and sales credits. */
    private void announceSubmitted(SalesOrder order) {
        String from = order.getStatus();
        order.submitted();
        submittedEvent.fire(new SalesOrderSubmitted(order.getName(), order.getCustomer(), user.name(),
                order.getPrescriberNpi() != null, order.getGrandTotal(), order.getTransactionDate(), order.getItems().stream()
                .map(l -> new SalesOrderSubmitted.Line(l.getName(), l.getItemCode(), l.getItemName(), l.getQty(), l.getRate(),
                        l.getWarehouse(), l.getVendor()))
                .toList()));
        statusChanged(order, from);
    }

    private void cancel(SalesOrder order) {
        if (order.getAdvancePaid().signum() > 0) {
            throw ApiException.validation("Sales Order " + order.getName() + " has " + order.getAdvancePaid().stripTrailingZeros().toPlainString()
                    + " " + order.getCurrency() + " paid: refund it first (a Payment Entry of type Refund), then cancel.");
        }
        if (order.holdsReservation()) {
            stock.release(demand(order));
        }
        String from = order.getStatus();
        order.cancelled();
        statusChanged(order, from);
    }

    private static List<StockService.Demand> demand(SalesOrder order) {
        return order.getItems().stream().map(l -> new StockService.Demand(l.getItemCode(), l.getWarehouse(), l.getQty())).toList();
    }

    /** A customer the caller may order for: 417 when it does not exist, 403 when it is someone else's. */
    private Customer orderableCustomer(String name) {
        Customer customer = em.find(Customer.class, name);
        if (customer == null || customer.isDisabled()) {
            throw ApiException.validation("Could not find Customer: " + name);
        }
        if (!access.canSee(name)) {
            throw ApiException.permission("Not permitted: you cannot place orders for customer " + name + ".");
        }
        return customer;
    }

    private void fill(SalesOrder order, Customer customer, ApiArgs body, Changes overrides) {
        String previousCustomer = order.getCustomer();
        META.apply(body, order, HEADER);
        order.setTransactionDate(pricing.transactionDate(order, body, overrides));
        if (order.getPrescriberNpi() != null && !Npi.isValid(order.getPrescriberNpi())) {
            throw ApiException.validation("prescriber_npi " + order.getPrescriberNpi() + " is not a valid NPI (10 digits with a check digit).");
        }
        if (order.getDeliveryDate() != null && order.getDeliveryDate().isBefore(order.getTransactionDate())) {
            throw ApiException.validation("delivery_date " + order.getDeliveryDate() + " is before transaction_date "
                    + order.getTransactionDate() + ".");
        }
        PriceList priceList = pricing.priceList(order, previousCustomer, customer, body, overrides);
        boolean repriced = !priceList.getName().equals(order.getSellingPriceList());
        order.setSellingPriceList(priceList.getName());
        order.setCurrency(priceList.getCurrency());
        if (order.getShippingAddressName() == null && !body.has("shipping_address_name")) {
            // as Frappe does: an order that names no address ships to the customer's (first) shipping address
            em.createNamedQuery(Address.SHIPPING_OF, String.class).setParameter("customer", customer.getName()).setMaxResults(1)
                    .getResultStream().findFirst().ifPresent(order::setShippingAddressName);
        }
        checkAddress(order.getShippingAddressName(), customer.getName());
        if (body.has("items") || order.getItems().isEmpty() || repriced) {
            order.setItems(lines(order, body, priceList.getName(), repriced, overrides));
        }
    }

    private void checkAddress(String addressName, String customer) {
        if (addressName == null) {
            return;
        }
        Address address = em.find(Address.class, addressName);
        if (address == null || !address.getCustomer().equals(customer)) {
            throw ApiException.validation("Could not find Address " + addressName + " of customer " + customer + ".");
        }
    }

    /**
     * The order's lines from the request, or its current lines when only the price list changed.
     * A line keeps its rate while its item and the price list stay the same.
     */
    private List<SalesOrderItem> lines(SalesOrder order, ApiArgs body, String priceList, boolean repriced, Changes overrides) {
        List<JsonValue> rows = body.has("items") ? body.array("items").map(List::<JsonValue>copyOf).orElse(List.of())
                : order.getItems().stream().<JsonValue>map(SalesOrderItem::toInput).toList();
        if (rows.isEmpty()) {
            throw ApiException.validation("items: a Sales Order needs at least one line.");
        }
        Map<String, SalesOrderItem> current = new HashMap<>();
        order.getItems().forEach(line -> current.put(line.getName(), line));
        List<SalesOrderItem> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof JsonObject row)) {
                throw ApiException.validation("items row " + (i + 1) + " must be an object.");
            }
            lines.add(line(i + 1, ApiArgs.of(row), priceList, repriced ? Map.of() : current, overrides));
        }
        return lines;
    }

    private SalesOrderItem line(int row, ApiArgs args, String priceList, Map<String, SalesOrderItem> current, Changes overrides) {
        for (String key : args.asJson().keySet()) {
            if (!LINE_INPUT.contains(key) && !LINE_COMPUTED.contains(key)) {
                throw ApiException.validation("Row " + row + ": unknown field " + key + ".");
            }
        }
        String itemCode = args.string("item_code").orElseThrow(() -> ApiException.validation("Row " + row + ": item_code is required."));
        Item item = em.find(Item.class, itemCode);
        if (item == null) {
            throw ApiException.validation("Row " + row + ": could not find Item: " + itemCode);
        }
        if (item.isDisabled()) {
            throw ApiException.validation("Row " + row + ": item " + itemCode + " is disabled.");
        }
        BigDecimal qty = rowDecimal(args, "qty", row).orElseThrow(() -> ApiException.validation("Row " + row + ": qty is required."));
        if (qty.signum() <= 0) {
            throw ApiException.validation("Row " + row + ": qty must be greater than 0 for item " + itemCode + ".");
        }
        String warehouse = args.string("warehouse").orElseThrow(() -> ApiException.validation("Row " + row + ": warehouse is required."));
        Warehouse stockPoint = em.find(Warehouse.class, warehouse);
        if (stockPoint == null || !stockPoint.isActive()) {
            throw ApiException.validation("Row " + row + ": could not find Warehouse: " + warehouse);
        }
        Optional<BigDecimal> kept = args.string("name").map(current::get).filter(line -> line.getItemCode().equals(itemCode))
                .map(SalesOrderItem::getRate);
        OrderPricing.Rate rate = pricing.rate(row, itemCode, priceList, rowDecimal(args, "rate", row), kept);
        SalesOrderItem line = new SalesOrderItem(itemCode, item.getItemName(), qty, rate.value(), warehouse, item.getDefaultSupplier());
        rate.replaced().ifPresent(from -> overrides.row("items", row, line.getName(), "rate", from, rate.value()));
        return line;
    }

    /** The docstatus a request asks for: 0 or 1 when creating, 0 to 2 on an update; 417 for anything else. */
    private static int docstatus(ApiArgs body, int current, boolean creating) {
        int docstatus = body.integer("docstatus").orElse(current);
        if (docstatus < 0 || docstatus > (creating ? 1 : 2)) {
            throw ApiException.validation("docstatus must be " + (creating ? "0 (draft) or 1 (submit) when creating"
                    : "0 (draft), 1 (submit) or 2 (cancel)") + ", got " + docstatus + ".");
        }
        return docstatus;
    }

    private static Optional<BigDecimal> rowDecimal(ApiArgs args, String field, int row) {
        try {
            return args.decimal(field);
        } catch (ApiException e) {
            throw ApiException.validation("Row " + row + ": " + field + " must be a number, got " + args.asJson().get(field) + ".");
        }
    }

    private static boolean onlyDocstatus(ApiArgs body) {
        return body.asJson().keySet().stream().filter(WRITABLE::contains).allMatch("docstatus"::equals);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}

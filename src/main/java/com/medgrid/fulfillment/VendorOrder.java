package com.medgrid.fulfillment;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.validation.TextRules;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One order at a vendor, as a dispatch placed it: the vendor's id for it, its status and its own
 * tracking. A dispatch becomes one vendor order per step (an e-script and an OTC order at
 * PerfectRx, one order per ShipStation account), and each is found exactly by the vendor's id.
 */
@Entity
@Table(name = "vendor_orders")
@NamedQuery(name = VendorOrder.OF_ORDERS, query = "SELECT v FROM VendorOrder v WHERE v.salesOrder IN :orders"
        + " ORDER BY v.salesOrder, v.vendor, v.placedAt, v.name")
@NamedQuery(name = VendorOrder.OF_DISPATCH, query = "SELECT v FROM VendorOrder v WHERE v.dispatch = :dispatch ORDER BY v.placedAt, v.name")
@NamedQuery(name = VendorOrder.BY_VENDOR_ID, query = "SELECT v FROM VendorOrder v WHERE v.vendor = :vendor AND v.vendorOrderId = :id"
        + " ORDER BY v.placedAt DESC")
@NamedQuery(name = VendorOrder.BY_CONNECTION_VENDOR_ID, query = "SELECT v FROM VendorOrder v WHERE v.vendor = :vendor"
        + " AND v.connection = :connection AND v.vendorOrderId = :id ORDER BY v.placedAt DESC")
@NamedQuery(name = VendorOrder.BY_REFERENCE, query = "SELECT v FROM VendorOrder v WHERE v.vendor = :vendor AND v.reference = :reference"
        + " ORDER BY v.name")
public class VendorOrder {

    static final String OF_ORDERS = "VendorOrder.ofOrders";
    static final String OF_DISPATCH = "VendorOrder.ofDispatch";
    static final String BY_VENDOR_ID = "VendorOrder.byVendorId";
    static final String BY_CONNECTION_VENDOR_ID = "VendorOrder.byConnectionVendorId";
    static final String BY_REFERENCE = "VendorOrder.byReference";

    private static final int MAX_URL = 500;

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "dispatch")
    private String dispatch;

    @Column(name = "sales_order")
    private String salesOrder;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "step")
    private String step;

    @Column(name = "connection")
    private String connection;

    @Column(name = "vendor_order_id")
    private String vendorOrderId;

    @Column(name = "reference")
    private String reference;

    @Column(name = "status")
    private String status;

    @Column(name = "status_at")
    private Instant statusAt;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "carrier")
    private String carrier;

    @Column(name = "tracking_url")
    private String trackingUrl;

    @Column(name = "label_url")
    private String labelUrl;

    /** Vendor-specific facts as a JSON object of texts. */
    @Column(name = "details")
    private String details;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "synced_at")
    private Instant syncedAt;

    @Column(name = "poll_after")
    private Instant pollAfter;

    protected VendorOrder() {
    }

    VendorOrder(Dispatch dispatch, PlacedOrder placed, Instant now) {
        this.name = dispatch.getName() + "-" + placed.step();
        this.dispatch = dispatch.getName();
        this.salesOrder = dispatch.getSalesOrder();
        this.vendor = dispatch.getVendor();
        this.step = placed.step();
        this.connection = placed.connection();
        this.vendorOrderId = placed.vendorOrderId();
        this.reference = placed.reference();
        // the vendor's acknowledgement, not one of its timed events: any event it sends later applies
        this.status = placed.status();
        this.details = json(placed.details());
        this.placedAt = now;
        this.syncedAt = now;
    }

    static String nameOf(String dispatch, String step) {
        return dispatch + "-" + step;
    }

    /**
     * Applies a vendor's news unless an event at least as new is already recorded: webhooks arrive
     * late and twice, and an old event must not move the order backwards.
     *
     * @return whether anything was applied
     */
    boolean update(VendorUpdate update, VendorDescription vendor, Instant now) {
        boolean older = statusAt != null && (update.at() == null || !update.at().isAfter(statusAt));
        if (vendor.movesBack(status, update.status()) || older && !vendor.movesOn(status, update.status())) {
            return false;
        }
        if (update.at() != null && (statusAt == null || update.at().isAfter(statusAt))) {
            statusAt = update.at();
        }
        status = update.status() != null ? update.status() : status;
        trackingNumber = update.trackingNumber() != null ? update.trackingNumber() : trackingNumber;
        carrier = update.carrier() != null ? update.carrier() : carrier;
        trackingUrl = update.trackingUrl() != null ? TextRules.clip(update.trackingUrl(), MAX_URL) : trackingUrl;
        labelUrl = update.labelUrl() != null ? TextRules.clip(update.labelUrl(), MAX_URL) : labelUrl;
        if (!update.details().isEmpty()) {
            Map<String, String> merged = new LinkedHashMap<>(details());
            merged.putAll(update.details());
            details = json(merged);
        }
        syncedAt = now;
        return true;
    }

    void pollAfter(Instant next) {
        pollAfter = next;
    }

    VendorOrderRef ref() {
        return new VendorOrderRef(name, dispatch, salesOrder, vendor, connection, vendorOrderId, reference);
    }

    /** The fact an order field shows, as the API sends it. */
    Object fact(OrderField field) {
        return switch (field.source()) {
            case VENDOR_ORDER_ID -> vendorOrderId;
            case REFERENCE -> reference;
            case STATUS -> status;
            case TRACKING_NUMBER -> trackingNumber;
            case CARRIER -> carrier;
            case TRACKING_URL -> trackingUrl;
            case LABEL_URL -> labelUrl;
            case SYNC_DATE -> FieldValues.toWire(syncedAt);
            case DETAIL -> details().get(field.detail());
        };
    }

    Map<String, String> details() {
        Map<String, String> read = new LinkedHashMap<>();
        if (details != null) {
            JsonObject object = ApiJson.JSON.createReader(new StringReader(details)).readObject();
            object.forEach((key, value) -> read.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
        }
        return read;
    }

    private static String json(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        JsonObjectBuilder object = ApiJson.JSON.createObjectBuilder();
        values.forEach((key, value) -> object.add(key, TextRules.clip(value, 500)));
        return object.build().toString();
    }

    Map<String, Object> toWire() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("step", step);
        row.put("connection", connection);
        row.put("vendor_order_id", vendorOrderId);
        row.put("reference", reference);
        row.put("status", status);
        row.put("status_at", FieldValues.toWire(statusAt));
        row.put("tracking_number", trackingNumber);
        row.put("carrier", carrier);
        row.put("tracking_url", trackingUrl);
        row.put("label_url", labelUrl);
        row.put("details", details());
        row.put("placed_at", FieldValues.toWire(placedAt));
        row.put("synced_at", FieldValues.toWire(syncedAt));
        return row;
    }

    public String getName() {
        return name;
    }

    String getDispatch() {
        return dispatch;
    }

    String getSalesOrder() {
        return salesOrder;
    }

    String getVendor() {
        return vendor;
    }

    String getStatus() {
        return status;
    }

    String getTrackingNumber() {
        return trackingNumber;
    }

    String getCarrier() {
        return carrier;
    }

    String getTrackingUrl() {
        return trackingUrl;
    }

    String getVendorOrderId() {
        return vendorOrderId;
    }

    Instant getSyncedAt() {
        return syncedAt;
    }
}

package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.integrations.PushAndPullIntegration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/** ShipStation in the vendor integrations hub: connect with a key pair, sync pushes orders and pulls tracking. */
@ApplicationScoped
public class ShipStationIntegration extends PushAndPullIntegration {

    /** sync_now pushes at most this many orders, as the API reference says. */
    static final int SYNC_BATCH = 25;

    @Override
    protected int syncBatch() {
        return SYNC_BATCH;
    }

    @Inject
    ShipStationCalls calls;

    @Override
    public VendorDescription description() {
        return ShipStation.DESCRIPTION;
    }

    @Override
    public String tagline() {
        return "Push your MedGrid orders into ShipStation, pull tracking back.";
    }

    @Override
    public String authKind() {
        return "api_key_secret";
    }

    @Override
    public String missingCredentials() {
        return "Both API Key and API Secret are required.";
    }

    @Override
    public Optional<String> probe(Map<String, String> credentials) {
        return calls.probe(credentials);
    }

    /**
     * Subscribes MedGrid's webhook to the order and shipment events of the account, first removing
     * the subscriptions an earlier connection made: their token no longer works, and ShipStation would
     * keep sending every event to them too.
     */
    @Override
    public void connected(Map<String, String> credentials, String webhookUrl) {
        String anyToken = webhookUrl.contains("?") ? webhookUrl.substring(0, webhookUrl.indexOf('?')) : webhookUrl;
        calls.webhooksTo(credentials, anyToken).forEach(id -> calls.unsubscribe(credentials, id));
        calls.subscribe(credentials, webhookUrl, "ORDER_NOTIFY");
        calls.subscribe(credentials, webhookUrl, "SHIP_NOTIFY");
    }
}

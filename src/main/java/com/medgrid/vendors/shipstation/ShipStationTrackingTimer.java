package com.medgrid.vendors.shipstation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Pulls ShipStation tracking for open orders, in case a webhook never came. Persistent, so one
 * member makes these calls (they count against the vendor's rate limit); webhooks are the main path.
 */
@Singleton
public class ShipStationTrackingTimer {

    @Inject
    ShipStationPull pull;

    @Schedule(hour = "*", minute = "*/10", persistent = true, info = "ShipStation tracking pull")
    void pull() {
        pull.pull(null, 200);
    }
}

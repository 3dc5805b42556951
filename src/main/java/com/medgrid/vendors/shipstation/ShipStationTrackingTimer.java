package com.medgrid.vendors.shipstation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Pulls ShipStation tracking for open orders, in case a webhook never came. */
@Singleton
public class ShipStationTrackingTimer {

    @Inject
    ShipStationPull pull;

    @Schedule(hour = "*", minute = "*/10", persistent = true, info = "ShipStation tracking pull")
    void pull() {
        pull.pull(null, 200);
    }
}

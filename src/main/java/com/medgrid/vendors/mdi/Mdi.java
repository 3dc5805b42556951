package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorDescription;

import java.util.List;
import java.util.Set;

/**
 * MD Integrations as MedGrid knows it (md-integrations-api.txt): a telehealth network of clinicians
 * MedGrid works with as a partner, with the client id and secret MD Integrations issued, exchanged
 * for an access token. Its metadata (states, cities, questionnaires) feeds clinics' patient intake.
 */
final class Mdi {

    static final String KEY = "mdi";
    /** MD Integrations' API, unless {@code mdi/mp-rest/url} says otherwise. */
    static final String API_URL = "https://api.mdintegrations.com";
    static final String CLIENT_ID = "mdi_client_id";
    static final String CLIENT_SECRET = "mdi_client_secret";

    static final VendorDescription DESCRIPTION = new VendorDescription(KEY, "MD Integrations",
            VendorDescription.Connections.MANAGED,
            List.of(CLIENT_ID, CLIENT_SECRET),
            List.of("mdi_offering_id"),
            List.of(),
            Set.of());

    private Mdi() {
    }
}

package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a connection sends orders to PharmaOne ({@code pharmaone_submission_mode}), with what each way
 * needs: the v2 API and v1 order requests go to the org's shop ({@code pharmaone_shop_id}); the
 * External Telemedicine Connector goes to the pharmacy's shop domain ({@code pharmaone_shop_domain}),
 * which injects its own org and shop.
 */
enum PharmaOneSubmission {

    /** {@code POST /api/v2/public/orgs/{orgId}/orders} with a JWT ({@code orders.write}); not deduplicated by PharmaOne. */
    V2("v2"),
    /** {@code POST /api/v1/public/orgs/{orgId}/order-requests} with the API key; deduplicated by {@code external_id}. */
    V1("v1"),
    /** {@code POST https://{shop-domain}/api/v1/external-order} with the API key; as v1. */
    CONNECTOR("connector");

    private static final Pattern DOMAIN = Pattern.compile("^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)+$");

    private final String setting;

    PharmaOneSubmission(String setting) {
        this.setting = setting;
    }

    /** The connection's mode (v2 when it names none), checked against what the mode needs. */
    static PharmaOneSubmission of(Map<String, String> credentials) {
        String given = credentials.getOrDefault(PharmaOne.SUBMISSION_MODE, V2.setting).trim().toLowerCase(Locale.ROOT);
        PharmaOneSubmission mode = Arrays.stream(values()).filter(m -> m.setting.equals(given)).findFirst()
                .orElseThrow(() -> VendorException.notConfigured("pharmaone_submission_mode must be v2, v1 or connector, got " + given + "."));
        if (mode == CONNECTOR) {
            String domain = credentials.get(PharmaOne.SHOP_DOMAIN);
            if (domain == null || !DOMAIN.matcher(domain).matches()) {
                throw VendorException.notConfigured("The connector mode needs pharmaone_shop_domain, the pharmacy's shop host name"
                        + " (e.g. pharmacy.pharmaone.shop), got " + domain + ".");
            }
        } else if (credentials.get(PharmaOne.SHOP_ID) == null || credentials.get(PharmaOne.SHOP_ID).isBlank()) {
            throw VendorException.notConfigured("The " + mode.setting + " mode needs pharmaone_shop_id, the org's shop that takes MedGrid's orders.");
        }
        return mode;
    }

    /** Whether PharmaOne itself keeps a second submission with the same {@code external_id} from becoming a second order. */
    boolean deduplicatedByPharmaOne() {
        return this != V2;
    }
}

package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorResponseErrors;
import jakarta.ws.rs.core.Response;

/**
 * Shopify's error statuses, as for every vendor, in the words the people who connect the shop need:
 * 401 is a revoked or wrong token, 402 a frozen shop (unpaid), 423 a locked one. Each leaves the
 * connection in {@code error}: no retry mends them.
 */
public class ShopifyErrors extends VendorResponseErrors {

    static final String TOKEN_REFUSED = "Shopify refused the access token (HTTP 401): it was revoked or is wrong; connect the shop again.";
    static final String SHOP_FROZEN = "The Shopify shop is frozen (HTTP 402 Payment Required): its owner must settle the Shopify bill "
            + "before it takes orders.";

    @Override
    public String vendor() {
        return "Shopify";
    }

    @Override
    protected String refusedCredentials(int status) {
        return status == 401 ? TOKEN_REFUSED
                : "Shopify refused the access token (HTTP 403): the app lacks an access scope it needs; connect the shop again.";
    }

    @Override
    public VendorException toThrowable(Response response) {
        return switch (response.getStatus()) {
            case 402 -> VendorException.notConfigured(SHOP_FROZEN);
            case 423 -> VendorException.notConfigured("The Shopify shop is locked (HTTP 423): Shopify must unlock it.");
            default -> super.toThrowable(response);
        };
    }
}

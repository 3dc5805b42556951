package com.medgrid.catalog;

import java.util.Optional;

/**
 * The price list the current caller buys from, when they act for a customer. Implemented where
 * customers live (selling), so the catalog does not depend on them.
 */
public interface CallerPriceList {

    Optional<String> forCurrentCaller();
}

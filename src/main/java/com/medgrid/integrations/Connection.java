package com.medgrid.integrations;

import java.util.Map;

/** A live connection as integrations use it: whose it is (null vendor: the platform's managed one) and its opened credentials. */
public record Connection(String name, String integration, String vendorProfile, Map<String, String> credentials) {
}

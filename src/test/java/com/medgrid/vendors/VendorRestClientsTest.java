package com.medgrid.vendors;

import com.medgrid.ApplicationClasses;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The customer's design card: every vendor's API is a MicroProfile REST Client registered under a
 * config key ({@code <vendor>/mp-rest/*}), with the vendor's error mapper, also where the URL is per
 * connection and the client is built with RestClientBuilder.
 */
class VendorRestClientsTest {

    @Test
    void everyVendorApiIsARestClientWithAConfigKeyAndAnErrorMapper() {
        List<Class<?>> apis = ApplicationClasses.all().stream()
                .filter(c -> c.isInterface() && c.getPackageName().startsWith("com.medgrid.vendors.") && c.getSimpleName().endsWith("Api"))
                .toList();
        assertFalse(apis.isEmpty(), "no vendor APIs found: the scan is broken");
        List<String> unregistered = apis.stream().filter(api -> {
            RegisterRestClient client = api.getAnnotation(RegisterRestClient.class);
            return client == null || client.configKey().isBlank() || api.getAnnotation(RegisterProvider.class) == null;
        }).map(Class::getName).toList();
        assertEquals(List.of(), unregistered, "vendor APIs without @RegisterRestClient(configKey) and an error mapper");
    }
}

package com.medgrid.sandbox;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Scopes;
import com.medgrid.selling.PaymentEntry;
import com.medgrid.selling.PaymentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.UUID;

/**
 * {@code medgrid.payments.pay} (sandbox on; the order's partner user or staff): the sandbox's no-op
 * payment processor. Records a Receive Payment Entry for the order's outstanding amount, or the
 * {@code amount} given, with mode of payment "Sandbox" and a random reference; 404 with the sandbox off.
 */
@ApplicationScoped
public class SandboxPayments {

    static final String MODE = "Sandbox";

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean sandbox;
    @Inject
    PaymentService payments;

    @RequiresScope(Scopes.ORDERS_WRITE)
    @ApiMethod(value = "medgrid.payments.pay", httpMethods = "POST",
            summary = "Pay a submitted Sales Order with the sandbox's no-op payment processor (sandbox only)")
    public Map<String, Object> pay(ApiArgs args) {
        if (!sandbox) {
            throw ApiException.notFound("The sandbox payment processor is off on this server.");
        }
        String reference = "sbx_" + UUID.randomUUID().toString().replace("-", "");
        PaymentEntry entry = payments.pay(args.requireString("sales_order"), args.decimal("amount"), MODE, reference);
        return Map.of("payment_entry", entry.getName(), "sales_order", entry.getSalesOrder(), "paid_amount", entry.getPaidAmount(),
                "currency", entry.getCurrency(), "reference_no", reference);
    }
}

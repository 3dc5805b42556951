package com.medgrid.platform.inbox;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.crypto.Tokens;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * The one inbox for inbound webhooks: a verified event is stored (committed before the vendor
 * gets its 2xx), a redelivery of the same event is recognised by its dedupe key and only
 * acknowledged, and processing happens afterwards on the managed executor, with the
 * {@link InboxSweepTimer} picking up whatever that missed.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());
    /** The widths of webhook_inbox.dedupe_key and event_type. */
    static final int MAX_KEY = 255;
    static final int MAX_EVENT_TYPE = 60;

    @Inject
    InboxStore store;
    @Inject
    InboxProcessor processor;
    @Resource
    ManagedExecutorService executor;

    /** The nonce a vendor signs into a delivery, and the header it came in (named when a replay is refused). */
    public record Nonce(String header, String value) {
    }

    /**
     * @param eventAt the vendor's time of the event, if it gives one (orders events; null: time of receipt)
     * @return true when stored now, false for a duplicate of a stored event
     * @throws ApiException 400 for an event type too long to be one (vendors' are short words)
     */
    public boolean accept(String source, String vendorKey, String eventType, Instant eventAt, String body) {
        return accept(null, source, vendorKey, eventType, eventAt, body);
    }

    /**
     * As {@link #accept(String, String, String, Instant, String)}, for a delivery carrying a signed nonce:
     * the nonce is remembered in the transaction that stores the event, so a webhook costs one commit.
     *
     * @throws ApiException 401, with nothing stored, when the nonce was used before ({@link ReplayGuard})
     */
    public boolean accept(Nonce nonce, String source, String vendorKey, String eventType, Instant eventAt, String body) {
        if (eventType != null && eventType.length() > MAX_EVENT_TYPE) {
            throw ApiException.badRequest("The event type is longer than " + MAX_EVENT_TYPE + " characters.");
        }
        String dedupeKey = storableKey(vendorKey);
        Optional<String> stored;
        try {
            stored = store.insert(nonce, source, dedupeKey, eventType, eventAt, body);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            if (store.exists(source, dedupeKey)) {
                return false; // a concurrent delivery of the same event won the insert
            }
            throw e;
        }
        if (stored.isEmpty()) {
            return false;
        }
        String name = stored.get();
        try {
            executor.execute(() -> processor.process(name));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Executor refused inbox message " + name + "; the inbox sweep processes it.");
        }
        return true;
    }

    /**
     * A vendor's event identity as the inbox keys it: as it is when it fits the column, else its
     * SHA-256, which tells events apart just as well (cutting it short would merge distinct events).
     */
    static String storableKey(String vendorKey) {
        return vendorKey.length() <= MAX_KEY ? vendorKey : "sha256:" + Tokens.sha256Hex(vendorKey);
    }
}

package com.medgrid.platform.inbox;

/**
 * Processes the stored webhooks of one source (a vendor). Runs outside any transaction (it may call
 * the vendor); each effect commits on its own (e.g. {@code VendorOrders.update}). Throwing leaves the
 * message to be tried again, and a member may die after some effects: processing a message again
 * must be harmless, which holds because a vendor's news never overwrites newer news.
 */
public interface InboxHandler {

    /** The source this handler processes, as given to {@link Inbox#accept}. */
    String source();

    void process(InboxMessage message);
}

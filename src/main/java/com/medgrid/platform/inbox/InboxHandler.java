package com.medgrid.platform.inbox;

/**
 * Processes the stored webhooks of one source (a vendor). A handler that calls its vendor runs
 * outside any transaction, and each effect commits on its own (e.g. {@code VendorOrders.update}); one
 * that only writes MedGrid's own records runs in the transaction that marks the message processed
 * ({@link #callsVendor}). Throwing leaves the message to be tried again, and a member may die after
 * some effects: processing a message again must be harmless, which holds because a vendor's news
 * never overwrites newer news.
 */
public interface InboxHandler {

    /** The source this handler processes, as given to {@link Inbox#accept}. */
    String source();

    void process(InboxMessage message);

    /**
     * Whether processing calls another system. No transaction may span such a call, so the message is
     * claimed first and the handler runs outside any transaction. A handler that answers false is
     * claimed, run and marked processed in one transaction: two commits fewer per webhook, and its
     * effects are kept only together with the mark (a failure writes none of them).
     */
    default boolean callsVendor() {
        return true;
    }
}

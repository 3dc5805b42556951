package com.medgrid.platform.inbox;

/**
 * Processes the stored webhooks of one source (a vendor). Runs inside the transaction that marks
 * the message processed, so its effects and that mark commit together; throwing rolls both back
 * and the message is tried again.
 */
public interface InboxHandler {

    /** The source this handler processes, as given to {@link Inbox#accept}. */
    String source();

    void process(InboxMessage message);
}

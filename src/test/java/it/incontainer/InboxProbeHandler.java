package it.incontainer;

import com.medgrid.platform.inbox.InboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An inbox handler that notes each message it gets and whether a transaction was open around it, and holds each one (as a slow vendor call would) until the test releases it. */
@ApplicationScoped
public class InboxProbeHandler extends TransactionNotingHandler {

    static final String SOURCE = "it-probe";

    private final List<String> processed = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public void process(InboxMessage message) {
        noteTransaction();
        processed.add(message.getName());
        try {
            // held as a slow vendor call would be, until the test has seen the other members give up
            if (!released.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the handler");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets every handling (held or to come) finish. */
    void release() {
        released.countDown();
    }

    /** (A method, not a field: a test holds the bean's client proxy, whose own fields are never set.) */
    List<String> processed() {
        return processed;
    }

    static boolean noTransaction(int status) {
        return status == Status.STATUS_NO_TRANSACTION;
    }
}

package it.incontainer;

import com.medgrid.platform.inbox.InboxHandler;
import com.medgrid.platform.inbox.InboxMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An inbox handler that notes each message it gets and whether a transaction was open around it, and takes its time as a vendor call would. */
@ApplicationScoped
public class InboxProbeHandler implements InboxHandler {

    static final String SOURCE = "it-probe";

    private final List<String> processed = new CopyOnWriteArrayList<>();
    private final List<Integer> transactionStatuses = new CopyOnWriteArrayList<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public void process(InboxMessage message) {
        transactionStatuses.add(transactions.getTransactionStatus());
        processed.add(message.getName());
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** (Methods, not fields: a test holds the bean's client proxy, whose own fields are never set.) */
    List<String> processed() {
        return processed;
    }

    List<Integer> transactionStatuses() {
        return transactionStatuses;
    }

    static boolean noTransaction(int status) {
        return status == Status.STATUS_NO_TRANSACTION;
    }
}

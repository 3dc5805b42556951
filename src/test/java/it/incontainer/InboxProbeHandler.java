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

    final List<String> processed = new CopyOnWriteArrayList<>();
    final List<Integer> transactionStatuses = new CopyOnWriteArrayList<>();

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

    static boolean noTransaction(int status) {
        return status == Status.STATUS_NO_TRANSACTION;
    }
}

package it.incontainer;

import com.medgrid.platform.inbox.InboxHandler;
import jakarta.annotation.Resource;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test's inbox handler that notes, for each message it gets, the transaction status around it. */
abstract class TransactionNotingHandler implements InboxHandler {

    private final List<Integer> transactionStatuses = new CopyOnWriteArrayList<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    void noteTransaction() {
        transactionStatuses.add(transactions.getTransactionStatus());
    }

    /** (A method, not a field: a test holds the bean's client proxy, whose own fields are never set.) */
    List<Integer> transactionStatuses() {
        return transactionStatuses;
    }
}

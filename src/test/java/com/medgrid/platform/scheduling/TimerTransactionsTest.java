package com.medgrid.platform.scheduling;

import com.medgrid.ApplicationClasses;
import jakarta.ejb.Schedule;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every scheduled timer runs outside a container transaction: a timer calls vendors or sweeps many
 * rows, and one transaction around it would span vendor calls and roll back everything on one
 * timeout. The work inside commits in transactions of its own.
 */
class TimerTransactionsTest {

    @Test
    void noTimerRunsInAContainerTransaction() {
        List<Class<?>> timers = ApplicationClasses.all().stream().filter(c -> Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Schedule.class)))
                .toList();
        assertFalse(timers.isEmpty(), "no timers found: the scan is broken");
        List<String> transactional = timers.stream().filter(c -> {
            TransactionAttribute attribute = c.getAnnotation(TransactionAttribute.class);
            return attribute == null || attribute.value() != TransactionAttributeType.NOT_SUPPORTED;
        }).map(Class::getName).toList();
        assertEquals(List.of(), transactional, "timers without @TransactionAttribute(NOT_SUPPORTED)");
    }
}

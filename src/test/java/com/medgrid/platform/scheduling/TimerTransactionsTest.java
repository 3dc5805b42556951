package com.medgrid.platform.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every scheduled timer runs outside a container transaction: a timer calls vendors or sweeps many
 * rows, and one transaction around it would span vendor calls and roll back everything on one
 * timeout. The work inside commits in transactions of its own.
 */
class TimerTransactionsTest {

    @Test
    void noTimerRunsInAContainerTransaction() throws Exception {
        List<Class<?>> timers = applicationClasses().filter(c -> Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Schedule.class)))
                .toList();
        assertFalse(timers.isEmpty(), "no timers found: the scan is broken");
        List<String> transactional = timers.stream().filter(c -> {
            TransactionAttribute attribute = c.getAnnotation(TransactionAttribute.class);
            return attribute == null || attribute.value() != TransactionAttributeType.NOT_SUPPORTED;
        }).map(Class::getName).toList();
        assertEquals(List.of(), transactional, "timers without @TransactionAttribute(NOT_SUPPORTED)");
    }

    private static Stream<Class<?>> applicationClasses() throws IOException, URISyntaxException {
        Path root = Path.of(TimerTransactionsTest.class.getClassLoader().getResource("com/medgrid/MedgridApplication.class").toURI())
                .getParent().getParent().getParent();
        try (Stream<Path> files = Files.walk(root.resolve("com/medgrid"))) {
            List<String> names = files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
            return names.stream().map(TimerTransactionsTest::load);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TimerTransactionsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

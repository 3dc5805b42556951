package it;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A subscriber's endpoint on this machine: records every delivery it receives, and answers each
 * with the next planned {@link Answer} (200 when none is planned). It listens on 127.0.0.1, so every
 * cluster member on this machine reaches it.
 */
public final class WebhookReceiver implements AutoCloseable {

    /**
     * What the receiver answers: a status, with a Retry-After (seconds) if not null; a held answer is
     * given only once the test {@link #releaseHeld() releases} it (a receiver that does not answer in time).
     */
    public record Answer(int status, boolean held, Integer retryAfter) {
        public static Answer status(int status) {
            return new Answer(status, false, null);
        }

        public static Answer heldUntilReleased() {
            return new Answer(200, true, null);
        }
    }

    /** A delivery as it arrived: headers (names in lower case), raw body, arrival time. */
    public record Received(Map<String, List<String>> headers, String body, Instant at) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Answer> planned = new ConcurrentLinkedDeque<>();
    private final CountDownLatch held = new CountDownLatch(1);

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hooks", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
            received.add(new Received(headers, body, Instant.now()));
            Answer answer = planned.pollFirst();
            if (answer == null) {
                answer = Answer.status(200);
            }
            if (answer.held()) {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter().toString());
            }
            byte[] reply = ("{\"answered\":" + answer.status() + "}").getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(answer.status(), reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            } catch (IOException gone) {
                // the sender gave up waiting (a planned timeout)
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public void plan(Answer... answers) {
        planned.addAll(List.of(answers));
    }

    /** Deliveries received so far whose body contains {@code text}. */
    public List<Received> containing(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    /** Lets held answers go (to a sender that has long given up on them). */
    public void releaseHeld() {
        held.countDown();
    }

    @Override
    public void close() {
        releaseHeld();
        server.stop(0);
    }
}

package it.microshed;

import it.LibertyServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A second cluster member: a copy of the server the build started ({@code medgrid}: same application,
 * same configuration, same PostgreSQL database) on ports of its own, started and stopped by the tests
 * that need two members. Its logs are in {@code target/liberty/wlp/usr/servers/medgrid-2/logs}.
 */
final class SecondMember implements AutoCloseable {

    private static final String FIRST = "medgrid";
    private static final String NAME = "medgrid-2";
    /** What a member writes for itself, which the copy must not start from. */
    private static final Set<String> OWN = Set.of("logs", "workarea", "tranlog", "data", "temp");

    private final Path wlp = LibertyServer.wlp();
    private final int httpPort = Integer.getInteger("cluster.http.port", 9181);
    private final int httpsPort = Integer.getInteger("cluster.https.port", 9544);

    /** Copies the first member's server and starts it; returns once it answers ready. */
    static SecondMember start() {
        SecondMember member = new SecondMember();
        member.copyFirst();
        member.launch();
        return member;
    }

    String url() {
        return "http://localhost:" + httpPort + "/";
    }

    private Path server(String name) {
        return wlp.resolve("usr/servers").resolve(name);
    }

    private void copyFirst() {
        Path from = server(FIRST);
        Path to = server(NAME);
        try {
            deleteTree(to);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path relative = from.relativize(file);
                    if (relative.getNameCount() > 0 && OWN.contains(relative.getName(0).toString())) {
                        continue;
                    }
                    Path target = to.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path variables = to.resolve("configDropins/overrides/liberty-plugin-variable-config.xml");
            Files.writeString(variables, Files.readString(variables)
                    .replaceAll("(name=\"HTTP_PORT\" value=\")\\d+", "$1" + httpPort)
                    .replaceAll("(name=\"HTTPS_PORT\" value=\")\\d+", "$1" + httpsPort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch() {
        if (run("start") != 0) {
            throw new IllegalStateException("server start " + NAME + " failed: see its logs");
        }
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(URI.create(url() + "health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /** Ends its JVM at once (SIGKILL): nothing flushed, no claim given back. */
    void kill() {
        try {
            LibertyServer.kill(NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        run("stop");
    }

    private static int run(String action) {
        try {
            return LibertyServer.run(action, NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}

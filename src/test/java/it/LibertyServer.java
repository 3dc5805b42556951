package it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The Liberty server the build started, for tests that must crash it: {@link #kill()} ends its
 * JVM at once (SIGKILL, nothing flushed or shut down), {@link #start()} starts it again from the
 * same configuration and waits until it is ready.
 */
final class LibertyServer {

    private static final String NAME = "medgrid";

    private LibertyServer() {
    }

    private static Path wlp() {
        return Path.of(System.getProperty("wlp.home", "target/liberty/wlp"));
    }

    static void kill() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(wlp().resolve("usr/servers/.pid/" + NAME + ".pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No server process " + pid));
        server.destroyForcibly();
        server.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    static void start() throws IOException, InterruptedException {
        Process start = new ProcessBuilder(wlp().resolve("bin/server").toString(), "start", NAME)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!start.waitFor(180, TimeUnit.SECONDS) || start.exitValue() != 0) {
            throw new IllegalStateException("server start " + NAME + " failed");
        }
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> Api.request().get("/health/ready").statusCode() == 200);
    }
}

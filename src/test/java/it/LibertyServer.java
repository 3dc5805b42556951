package it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Liberty servers of this build's runtime, for tests that must crash or add one: {@link #kill()} ends
 * the build's server's JVM at once (SIGKILL, nothing flushed or shut down), {@link #start()} starts it
 * again from the same configuration and waits until it is ready; the cluster tests run a second server
 * with {@link #run} and {@link #kill(String)}.
 */
public final class LibertyServer {

    private static final String NAME = "medgrid";

    private LibertyServer() {
    }

    /** The runtime's directory ({@code wlp.home}, set by failsafe). */
    public static Path wlp() {
        return Path.of(System.getProperty("wlp.home", "target/liberty/wlp"));
    }

    static void kill() throws IOException, InterruptedException {
        kill(NAME);
    }

    /** Ends {@code server}'s JVM at once (SIGKILL) and waits until it is gone. */
    public static void kill(String server) throws IOException {
        long pid = Long.parseLong(Files.readString(wlp().resolve("usr/servers/.pid/" + server + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No server process " + pid));
        process.destroyForcibly();
        process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    /** {@code bin/server <action> <server>}; returns its exit code. */
    public static int run(String action, String server) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wlp().resolve("bin/server").toString(), action, server)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server " + action + " " + server + " did not finish");
        }
        return process.exitValue();
    }

    static void start() throws IOException, InterruptedException {
        if (run("start", NAME) != 0) {
            throw new IllegalStateException("server start " + NAME + " failed");
        }
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> Api.request().get("/health/ready").statusCode() == 200);
    }
}

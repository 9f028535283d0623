package dev.codedrill.docker;

import com.github.dockerjava.api.DockerClient;
import dev.codedrill.concurrent.DaemonThreads;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps docker-java's pool of connections to the engine from running dry. An exec's start hijacks its connection for
 * the exec's stdin and output, and that connection never goes back to the pool; so the next plain request — the
 * exec's exit code, asked for as soon as its output ends, on the verdict's path — had to open one anew: 10–35 ms
 * with the private daemon, most of it the TLS handshake (measured: the same request again on the open connection
 * took 2–4 ms). After each start a ping, in the background while the exec runs, opens the connection in its place
 * (or reuses an idle one, when there is one).
 */
final class ConnectionRefill {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionRefill.class);
    /** At most this many refills at once: a burst of starts needs no more threads than that. */
    private static final int AT_ONCE = 4;

    private final DockerClient client;
    private final Semaphore running = new Semaphore(AT_ONCE);

    ConnectionRefill(DockerClient client) {
        this.client = client;
    }

    /** After a start took a connection from the pool: opens one in its place, in the background. */
    void replaceTaken() {
        if (!running.tryAcquire()) {
            return;
        }
        try {
            DaemonThreads.start("docker-connection-refill", this::ping);
        } catch (RuntimeException | Error e) {
            running.release();
            throw e;
        }
    }

    /** How many refills are running now. */
    int running() {
        return AT_ONCE - running.availablePermits();
    }

    private void ping() {
        try {
            client.pingCmd().exec();
        } catch (RuntimeException e) {
            // the engine closed or gone: the next request says so where it matters
            LOG.debug("refilling the engine's connection pool failed: {}", e.toString());
        } finally {
            running.release();
        }
    }
}

package dev.codedrill.docker;

import com.github.dockerjava.api.exception.DockerException;
import dev.codedrill.failure.RawText;
import java.io.EOFException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a failure to reach an engine into a message a user can act on. The low-level detail it quotes is words
 * ("Remote host terminated the handshake"), never a class name: one without words is described by what it means.
 */
final class EngineErrors {

    private EngineErrors() {
    }

    static EngineUnavailableException unavailable(EngineEndpoint endpoint, Throwable cause) {
        String detail = rootMessage(cause);
        String lower = detail.toLowerCase(Locale.ROOT);
        Path socket = endpoint.unixSocket();
        if (socket != null && !Files.exists(socket)) {
            return new EngineUnavailableException("No Docker engine is running: " + socket + " does not exist",
                    "Start Docker (Docker Desktop, or 'sudo systemctl start docker' / 'sudo dockerd &' on Linux)", cause);
        }
        if (lower.contains("permission denied") || lower.contains("access denied") || lower.contains("eacces")) {
            return new EngineUnavailableException("Permission denied on the Docker engine at " + endpoint.host(),
                    "Add your user to the 'docker' group ('sudo usermod -aG docker $USER', then log in again)", cause);
        }
        if (lower.contains("connection refused") || lower.contains("econnrefused")) {
            return new EngineUnavailableException("Nothing answers at " + endpoint.host() + " (connection refused)",
                    "Start the Docker engine, or check DOCKER_HOST / docker.host in the config", cause);
        }
        if (lower.contains("certificate") || lower.contains("ssl") || lower.contains("handshake")) {
            return new EngineUnavailableException("The TLS handshake with " + endpoint.host() + " failed: " + detail,
                    endpoint.tls() ? "Check the certificates in " + endpoint.tlsCertDir()
                            : "Check that DOCKER_HOST / docker.host names the engine's plain (non-TLS) port", cause);
        }
        return new EngineUnavailableException("The Docker engine at " + endpoint.host() + " does not answer: " + detail,
                "Check that Docker is running and that DOCKER_HOST / docker.host is right", cause);
    }

    /** A call that failed: the engine's own words when it answered, else why it could not be reached. */
    static EngineException failed(EngineEndpoint endpoint, String what, Throwable e) {
        if (e instanceof DockerException de) {
            return new EngineException("Could not " + what + " on " + endpoint.host() + ": "
                    + de.getMessage().strip(), e);
        }
        return unavailable(endpoint, e);
    }

    /** The innermost cause's message if it is words; else what that kind of failure means. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String said = RawText.plainPart(t.getMessage());
        if (!said.isEmpty()) {
            return said;
        }
        if (t instanceof SocketTimeoutException) {
            return "no answer in time";
        }
        if (t instanceof EOFException) {
            return "the connection was closed before the answer came";
        }
        if (t instanceof javax.net.ssl.SSLException) {
            return "the secure (TLS) connection failed";
        }
        return "the connection failed";
    }
}

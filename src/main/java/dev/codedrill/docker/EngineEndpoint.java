package dev.codedrill.docker;

import dev.codedrill.config.Settings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where an engine listens and how to reach it.
 *
 * @param host       unix:///…, npipe:///… or tcp://host:port
 * @param tlsCertDir a directory with ca.pem, cert.pem and key.pem for mutual TLS, or null for none
 */
public record EngineEndpoint(String host, Path tlsCertDir, String apiVersion) {

    public EngineEndpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (apiVersion == null || apiVersion.isBlank()) {
            throw new IllegalArgumentException("apiVersion is required");
        }
    }

    /** The host's own engine: the config's docker.host, else DOCKER_HOST, else the platform's default socket. */
    public static EngineEndpoint hostEngine(Settings.DockerSettings docker) {
        return hostEngine(docker, System.getenv(), System.getProperty("os.name", ""));
    }

    static EngineEndpoint hostEngine(Settings.DockerSettings docker, Map<String, String> env, String osName) {
        String host = docker.host();
        if (host == null || host.isBlank()) {
            host = env.get("DOCKER_HOST");
        }
        if (host == null || host.isBlank()) {
            host = osName.toLowerCase(Locale.ROOT).contains("win")
                    ? "npipe:////./pipe/docker_engine"
                    : "unix:///var/run/docker.sock";
        }
        Path certs = docker.certDir() == null ? null : Path.of(docker.certDir());
        return new EngineEndpoint(host, certs, docker.apiVersion());
    }

    public boolean tls() {
        return tlsCertDir != null;
    }

    /** The socket file of a unix:// endpoint, or null. */
    public Path unixSocket() {
        return host.startsWith("unix://") ? Path.of(host.substring("unix://".length())) : null;
    }
}

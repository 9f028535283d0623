package dev.codedrill.docker.dind;

import dev.codedrill.config.Installation;
import dev.codedrill.config.Settings.DindSettings;
import dev.codedrill.docker.ContainerState;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.DockerJavaEngine;
import dev.codedrill.docker.EngineEndpoint;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.Labels;
import dev.codedrill.docker.StartupProgress;
import dev.codedrill.docker.Tar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's private Docker daemon: a DinD container on the host engine, reused when it already runs with the same
 * settings, reached over mutual TLS on a 127.0.0.1-only port.
 */
public final class DindDaemon {

    private static final Logger LOG = LoggerFactory.getLogger(DindDaemon.class);
    private static final int LOG_LINES = 20;

    private final DockerEngine host;
    private final DindSettings settings;
    private final Installation installation;
    private final TlsMaterial tls;
    private final String apiVersion;
    private final WaitForDocker.Sleeper sleeper;

    /** What {@link #start} brought up. The caller owns {@code engine} and closes it. */
    public record Started(String containerId, EngineEndpoint endpoint, DockerEngine engine, EngineInfo info,
                          boolean reused) {
    }

    /**
     * @param settings     with the container's name and volume resolved ({@link DindSettings#forInstallation})
     * @param installation who this daemon is for: a container of the same name made by another installation is
     *                     never replaced, stopped or removed
     */
    public DindDaemon(DockerEngine host, DindSettings settings, Installation installation, TlsMaterial tls,
                      String apiVersion, WaitForDocker.Sleeper sleeper) {
        if (settings.name() == null || settings.volume() == null) {
            throw new IllegalArgumentException("the daemon's name and volume must be resolved first");
        }
        this.host = host;
        this.settings = settings;
        this.installation = installation;
        this.tls = tls;
        this.apiVersion = apiVersion;
        this.sleeper = sleeper;
    }

    public DindSettings settings() {
        return settings;
    }

    /** Starts (or reuses) the daemon and waits until it answers. */
    public Started start(StartupProgress progress) throws InterruptedException {
        String hash = DindContainerSpec.configHash(settings, tls);
        Optional<ContainerState> existing = find();
        if (existing.isPresent() && !ours(existing.get())) {
            throw new DindStartException(someoneElses(existing.get()), null);
        }
        String id;
        boolean reused = false;
        if (existing.isPresent() && hash.equals(existing.get().labels().get(DindContainerSpec.CONFIG_LABEL))) {
            id = existing.get().id();
            if (existing.get().running()) {
                progress.report("Reusing the running private Docker daemon");
                reused = true;
            } else {
                progress.report("Starting the private Docker daemon");
                startContainer(id);
            }
        } else {
            if (existing.isPresent()) {
                progress.report("Replacing the private Docker daemon (its settings changed)");
                host.remove(existing.get().id());
            } else {
                progress.report("Creating the private Docker daemon");
            }
            id = create(hash);
            startContainer(id);
        }
        int port = host.publishedPort(id, DindContainerSpec.DAEMON_PORT).orElseThrow(() ->
                failure("its port " + DindContainerSpec.DAEMON_PORT + " is not published", id, null));
        EngineEndpoint endpoint = new EngineEndpoint("tcp://127.0.0.1:" + port, tls.clientDir(), apiVersion);
        DockerEngine inner = DockerJavaEngine.connect(endpoint);
        WaitForDocker wait = new WaitForDocker(settings.waitAttempts(), settings.waitDelayMs(), sleeper);
        String containerId = id;
        try {
            EngineInfo info = wait.await(inner::ping, () -> running(containerId), progress);
            progress.report("Private Docker daemon ready: " + info.describe());
            return new Started(id, endpoint, inner, info, reused);
        } catch (WaitForDocker.GaveUp e) {
            inner.close();
            throw failure(e.getMessage(), id, e);
        }
    }

    /** What {@link #stop} did. */
    public enum Stopped { STOPPED, NONE, NOT_OURS }

    /**
     * Stops the daemon's container (its volume, and so its images, stay), unless another installation made the
     * container of that name: that one is left alone.
     */
    public Stopped stop() {
        Optional<ContainerState> existing = find();
        if (existing.isEmpty()) {
            return Stopped.NONE;
        }
        if (!ours(existing.get())) {
            LOG.warn("not stopping {}: {}", settings.name(), someoneElses(existing.get()));
            return Stopped.NOT_OURS;
        }
        host.stop(existing.get().id(), 10);
        return Stopped.STOPPED;
    }

    /**
     * Whether this installation may reuse, replace or stop the container: it made it, or the container comes from a
     * CodeDrill older than installation labels (one shared default name then), which this installation takes over.
     */
    boolean ours(ContainerState container) {
        String owner = container.labels().get(Installation.LABEL);
        return owner == null || owner.equals(installation.id());
    }

    private String someoneElses(ContainerState container) {
        return "A private Docker daemon named " + settings.name() + " already exists, and another CodeDrill "
                + "installation made it (another user of this machine, or another data folder). CodeDrill leaves it "
                + "alone. Remove the docker.dind name and volume from your config to get a daemon of your own, or "
                + "give them names no one else uses.";
    }

    public Optional<ContainerState> find() {
        return host.list(Map.of(Labels.ROLE, DindContainerSpec.ROLE)).stream()
                .filter(c -> c.name().equals(settings.name()))
                .findFirst();
    }

    public boolean running(String containerId) {
        try {
            return host.inspect(containerId).running();
        } catch (EngineException e) {
            return false;
        }
    }

    private String create(String hash) {
        String id = host.create(DindContainerSpec.build(settings, installation, hash));
        Tar certs = Tar.ownedBy(0);
        try {
            for (String name : new String[] {TlsMaterial.CA, TlsMaterial.SERVER_CERT, TlsMaterial.SERVER_KEY}) {
                certs.file(DindContainerSpec.CERTS_IN_CONTAINER.substring(1) + "/" + name,
                        Files.readAllBytes(tls.serverDir().resolve(name)));
            }
        } catch (IOException e) {
            host.remove(id);
            throw new UncheckedIOException("cannot read the daemon's certificates in " + tls.serverDir(), e);
        }
        host.copyTar(id, "/", new ByteArrayInputStream(certs.toBytes()));
        return id;
    }

    private void startContainer(String id) {
        try {
            host.start(id);
        } catch (EngineException e) {
            throw failure("its container would not start: " + e.getMessage(), id, e);
        }
    }

    private DindStartException failure(String what, String containerId, Throwable cause) {
        String logs = host.logs(containerId, LOG_LINES).strip();
        String causeText = cause == null ? "" : String.valueOf(cause.getMessage());
        String message = "The private Docker daemon (" + settings.image() + ", launch " + settings.launch().id()
                + ") did not start: " + what + ".\nLikely cause: " + DindFailureAdvice.likelyCause(causeText + "\n" + logs)
                + (logs.isEmpty() ? "" : "\nLast log lines of container " + settings.name() + ":\n" + logs);
        LOG.warn(message);
        return new DindStartException(message, cause);
    }
}

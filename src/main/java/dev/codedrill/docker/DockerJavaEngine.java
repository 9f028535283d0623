package dev.codedrill.docker;

import dev.codedrill.concurrent.DaemonThreads;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link DockerEngine} over docker-java with the httpclient5 transport, API version pinned by the endpoint. */
public final class DockerJavaEngine implements DockerEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DockerJavaEngine.class);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(10);
    /** Pings run here, not in the common pool, so a hung one never holds up anything else. */
    private static final ExecutorService PINGS = Executors.newCachedThreadPool(DaemonThreads.named("docker-ping"));

    private final EngineEndpoint endpoint;
    private final DockerClient client;
    private final ExecRunner execs;
    private final ImageOperations images;

    private DockerJavaEngine(EngineEndpoint endpoint, DockerClient client) {
        this.endpoint = endpoint;
        this.client = client;
        this.execs = new ExecRunner(client, endpoint);
        this.images = new ImageOperations(client, endpoint);
    }

    /** A client for the endpoint; nothing is sent until the first call. */
    public static DockerJavaEngine connect(EngineEndpoint endpoint) {
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(endpoint.host())
                .withApiVersion(endpoint.apiVersion());
        if (endpoint.tls()) {
            config.withDockerTlsVerify(true).withDockerCertPath(endpoint.tlsCertDir().toString());
        } else {
            config.withDockerTlsVerify(false);
        }
        DockerClientConfig built = config.build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(built.getDockerHost())
                .sslConfig(built.getSSLConfig())
                .maxConnections(64)
                .connectionTimeout(Duration.ofSeconds(5))
                .build();
        return new DockerJavaEngine(endpoint, DockerClientImpl.getInstance(built, http));
    }

    @Override
    public String endpoint() {
        return endpoint.host();
    }

    @Override
    public EngineInfo ping() {
        // Bounded: an endpoint that accepts connections but never answers must not hang the caller.
        CompletableFuture<Version> version = CompletableFuture.supplyAsync(() -> client.versionCmd().exec(), PINGS);
        try {
            Version v = version.get(PING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new EngineInfo(endpoint.host(), v.getVersion(), v.getApiVersion(), v.getOperatingSystem(),
                    v.getArch());
        } catch (ExecutionException e) {
            throw EngineErrors.unavailable(endpoint, e.getCause());
        } catch (TimeoutException e) {
            version.cancel(true);
            throw EngineErrors.unavailable(endpoint, new IOException("no answer within " + PING_TIMEOUT.toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while pinging " + endpoint.host(), e);
        }
    }


    @Override
    public String create(ContainerSpec spec) {
        CreateContainerCmd cmd = client.createContainerCmd(spec.image())
                .withLabels(spec.labels())
                .withEnv(spec.env())
                .withHostConfig(HostConfigMapping.of(spec));
        if (spec.name() != null) {
            cmd.withName(spec.name());
        }
        if (!spec.cmd().isEmpty()) {
            cmd.withCmd(spec.cmd());
        }
        if (spec.user() != null) {
            cmd.withUser(spec.user());
        }
        if (spec.workingDir() != null) {
            cmd.withWorkingDir(spec.workingDir());
        }
        if (spec.networkDisabled()) {
            cmd.withNetworkDisabled(true);
        }
        if (!spec.publishedPorts().isEmpty()) {
            cmd.withExposedPorts(spec.publishedPorts().keySet().stream().map(ExposedPort::tcp).toList());
        }
        try {
            return cmd.exec().getId();
        } catch (NotFoundException e) {
            throw new ImageMissingException(spec.image(), e);
        } catch (RuntimeException e) {
            throw failure("create a container from " + spec.image(), e);
        }
    }


    @Override
    public void start(String containerId) {
        try {
            client.startContainerCmd(containerId).exec();
        } catch (RuntimeException e) {
            throw failure("start container " + containerId, e);
        }
    }

    @Override
    public ContainerState inspect(String containerId) {
        try {
            InspectContainerResponse r = client.inspectContainerCmd(containerId).exec();
            InspectContainerResponse.ContainerState s = r.getState();
            return new ContainerState(r.getId(), stripSlash(r.getName()), s.getStatus(),
                    Boolean.TRUE.equals(s.getRunning()), s.getExitCodeLong(), Boolean.TRUE.equals(s.getOOMKilled()),
                    r.getConfig() == null ? Map.of() : r.getConfig().getLabels());
        } catch (RuntimeException e) {
            throw failure("inspect container " + containerId, e);
        }
    }

    @Override
    public void remove(String containerId) {
        try {
            client.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            LOG.debug("container {} was already gone", containerId);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("already in progress")) {
                return;
            }
            throw failure("remove container " + containerId, e);
        }
    }

    @Override
    public List<ContainerState> list(Map<String, String> labels) {
        try {
            List<Container> containers = client.listContainersCmd().withShowAll(true).withLabelFilter(labels).exec();
            return containers.stream()
                    .map(c -> new ContainerState(c.getId(),
                            c.getNames() == null || c.getNames().length == 0 ? "" : stripSlash(c.getNames()[0]),
                            c.getStatus(), "running".equals(c.getState()), null, false, c.getLabels()))
                    .toList();
        } catch (RuntimeException e) {
            throw failure("list containers", e);
        }
    }

    @Override
    public void copyTar(String containerId, String path, InputStream tar) {
        try {
            client.copyArchiveToContainerCmd(containerId).withRemotePath(path).withTarInputStream(tar).exec();
        } catch (RuntimeException e) {
            throw failure("copy files into " + containerId + ":" + path, e);
        }
    }






    @Override
    public void createVolume(String name, Map<String, String> driverOpts, Map<String, String> labels) {
        try {
            client.createVolumeCmd().withName(name).withDriver("local").withDriverOpts(driverOpts)
                    .withLabels(Labels.withApp(labels)).exec();
        } catch (RuntimeException e) {
            throw failure("create volume " + name, e);
        }
    }

    @Override
    public void removeVolume(String name) {
        try {
            client.removeVolumeCmd(name).exec();
        } catch (NotFoundException e) {
            LOG.debug("volume {} was already gone", name);
        } catch (RuntimeException e) {
            throw failure("remove volume " + name, e);
        }
    }

    @Override
    public List<String> listVolumes(Map<String, String> labels) {
        try {
            var request = client.listVolumesCmd();
            if (!labels.isEmpty()) {
                request.withFilter("label", labels.entrySet().stream().map(l -> l.getKey() + "=" + l.getValue()).toList());
            }
            var volumes = request.exec().getVolumes();
            return volumes == null ? List.of() : volumes.stream().map(v -> v.getName()).toList();
        } catch (RuntimeException e) {
            throw failure("list volumes", e);
        }
    }

    @Override
    public void updateMemory(String containerId, long bytes) {
        try {
            client.updateContainerCmd(containerId).withMemory(bytes).withMemorySwap(bytes).exec();
        } catch (RuntimeException e) {
            throw failure("set the memory limit of " + containerId + " to " + bytes + " bytes", e);
        }
    }

    @Override
    public void kill(String containerId) {
        try {
            client.killContainerCmd(containerId).exec();
        } catch (NotFoundException e) {
            LOG.debug("container {} was already gone", containerId);
        } catch (ConflictException e) {
            if (!String.valueOf(e.getMessage()).contains("is not running")) {
                throw failure("kill container " + containerId, e);
            }
            LOG.debug("container {} had already stopped", containerId); // what the kill was for
        } catch (RuntimeException e) {
            throw failure("kill container " + containerId, e);
        }
    }





    private static String stripSlash(String name) {
        return name != null && name.startsWith("/") ? name.substring(1) : name;
    }



    @Override
    public void stop(String containerId, int graceSeconds) {
        try {
            client.stopContainerCmd(containerId).withTimeout(graceSeconds).exec();
        } catch (NotModifiedException | NotFoundException e) {
            LOG.debug("container {} was not running", containerId);
        } catch (RuntimeException e) {
            throw failure("stop container " + containerId, e);
        }
    }

    @Override
    public Optional<Integer> publishedPort(String containerId, int containerPort) {
        try {
            Ports ports = client.inspectContainerCmd(containerId).exec().getNetworkSettings().getPorts();
            Ports.Binding[] bindings = ports == null ? null : ports.getBindings().get(ExposedPort.tcp(containerPort));
            if (bindings == null || bindings.length == 0 || bindings[0].getHostPortSpec() == null) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(bindings[0].getHostPortSpec()));
        } catch (RuntimeException e) {
            throw failure("inspect the ports of " + containerId, e);
        }
    }

    @Override
    public String logs(String containerId, int lines) {
        StringBuilder text = new StringBuilder();
        ResultCallback.Adapter<Frame> collect = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                synchronized (text) {
                    text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
            }
        };
        try {
            client.logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTail(lines).exec(collect);
            collect.awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            return "(no logs: " + EngineErrors.rootMessage(e) + ")";
        } finally {
            Closing.quietly(collect);
        }
        synchronized (text) {
            return text.toString();
        }
    }





    @Override
    public Optional<String> imageId(String image) {
        return images.imageId(image);
    }

    @Override
    public InputStream saveImages(List<String> names) {
        return images.saveImages(names);
    }

    @Override
    public void loadImages(InputStream tar) {
        images.loadImages(tar);
    }

    @Override
    public void removeImage(String image) {
        images.removeImage(image);
    }

    @Override
    public void pullImage(String image, Consumer<String> progress) {
        images.pullImage(image, progress);
    }

    @Override
    public ExecResult exec(String containerId, ExecRequest request) {
        return execs.exec(containerId, request);
    }

    @Override
    public PreparedExec prepareExec(String containerId, ExecRequest request) {
        return execs.prepareExec(containerId, request);
    }

    @Override
    public void killProcessesOf(String containerId, String user) {
        execs.killProcessesOf(containerId, user);
    }

    private EngineException failure(String what, Throwable e) {
        return EngineErrors.failed(endpoint, what, e);
    }

    @Override
    public void close() {
        Closing.quietly(client);
    }
}

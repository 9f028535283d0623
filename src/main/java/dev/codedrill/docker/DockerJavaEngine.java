package dev.codedrill.docker;

import dev.codedrill.concurrent.DaemonThreads;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
    /** How long a killed command may take to let go of its stream before we abandon it. */
    private static final long KILL_GRACE_MS = 5_000;
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(10);
    /** Pings run here, not in the common pool, so a hung one never holds up anything else. */
    private static final ExecutorService PINGS = Executors.newCachedThreadPool(DaemonThreads.named("docker-ping"));

    private final EngineEndpoint endpoint;
    private final DockerClient client;

    private DockerJavaEngine(EngineEndpoint endpoint, DockerClient client) {
        this.endpoint = endpoint;
        this.client = client;
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
    public java.util.Optional<String> imageId(String image) {
        try {
            return java.util.Optional.ofNullable(client.inspectImageCmd(image).exec().getId());
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            throw failure("inspect image " + image, e);
        }
    }

    @Override
    public String create(ContainerSpec spec) {
        CreateContainerCmd cmd = client.createContainerCmd(spec.image())
                .withLabels(spec.labels())
                .withEnv(spec.env())
                .withHostConfig(hostConfig(spec));
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

    private static HostConfig hostConfig(ContainerSpec spec) {
        HostConfig host = (spec.unmaskedSystemPaths() ? new UnmaskedHostConfig() : HostConfig.newHostConfig())
                .withInit(spec.init())
                .withPrivileged(spec.privileged())
                .withReadonlyRootfs(spec.readOnlyRootfs());
        if (spec.networkDisabled()) {
            host.withNetworkMode("none");
        }
        if (spec.memoryBytes() != null) {
            host.withMemory(spec.memoryBytes()).withMemorySwap(spec.memoryBytes());
        }
        if (spec.runtime() != null) {
            host.withRuntime(spec.runtime());
        }
        if (spec.usernsMode() != null) {
            host.withUsernsMode(spec.usernsMode());
        }
        if (spec.pidsLimit() != null) {
            host.withPidsLimit(spec.pidsLimit());
        }
        if (spec.nanoCpus() != null) {
            host.withNanoCPUs(spec.nanoCpus());
        }
        List<String> securityOpts = new ArrayList<>(spec.securityOpts());
        if (spec.noNewPrivileges()) {
            securityOpts.add("no-new-privileges");
        }
        if (!securityOpts.isEmpty()) {
            host.withSecurityOpts(securityOpts);
        }
        if (!spec.capAdd().isEmpty()) {
            host.withCapAdd(spec.capAdd().stream().map(Capability::valueOf).toArray(Capability[]::new));
        }
        if (!spec.capDrop().isEmpty()) {
            host.withCapDrop(spec.capDrop().stream().map(Capability::valueOf).toArray(Capability[]::new));
        }
        if (!spec.deviceCgroupRules().isEmpty()) {
            host.withDeviceCgroupRules(spec.deviceCgroupRules());
        }
        if (!spec.tmpfs().isEmpty()) {
            host.withTmpFs(spec.tmpfs());
        }
        if (!spec.ulimits().isEmpty()) {
            host.withUlimits(spec.ulimits().stream().map(l -> new Ulimit(l.name(), l.soft(), l.hard())).toList());
        }
        List<Bind> binds = new ArrayList<>();
        spec.volumes().forEach((volume, path) -> binds.add(new Bind(volume, new Volume(path))));
        spec.binds().forEach((hostPath, path) -> binds.add(new Bind(hostPath, new Volume(path))));
        if (!binds.isEmpty()) {
            host.withBinds(binds);
        }
        if (!spec.publishedPorts().isEmpty()) {
            Ports ports = new Ports();
            spec.publishedPorts().forEach((containerPort, hostPort) -> ports.bind(ExposedPort.tcp(containerPort),
                    hostPort == 0 ? Ports.Binding.bindIp("127.0.0.1") : Ports.Binding.bindIpAndPort("127.0.0.1", hostPort)));
            host.withPortBindings(ports);
        }
        return host;
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
    public ExecResult exec(String containerId, ExecRequest request) {
        long started = System.nanoTime();
        String execId = createExec(containerId, request, true);
        CappedOutputCallback output = new CappedOutputCallback(request.stdoutLimit(), request.stderrLimit());
        try {
            client.execStartCmd(execId).exec(output);
        } catch (RuntimeException e) {
            closeQuietly(output);
            throw failure("start " + request.cmd() + " in " + containerId, e);
        }
        return await(containerId, request, execId, output, started, started + request.timeout().toNanos());
    }

    @Override
    public PreparedExec prepareExec(String containerId, ExecRequest request) {
        String execId;
        try {
            var create = client.execCreateCmd(containerId)
                    .withCmd(request.cmd().toArray(String[]::new))
                    .withUser(request.user())
                    .withAttachStdin(true)
                    .withAttachStdout(true)
                    .withAttachStderr(true);
            if (request.workDir() != null) {
                create.withWorkingDir(request.workDir());
            }
            if (!request.env().isEmpty()) {
                create.withEnv(request.env());
            }
            execId = create.exec().getId();
        } catch (RuntimeException e) {
            throw failure("prepare " + request.cmd() + " in " + containerId, e);
        }
        FedInput input = new FedInput();
        CappedOutputCallback output = new CappedOutputCallback(request.stdoutLimit(), request.stderrLimit());
        try {
            client.execStartCmd(execId).withStdIn(input).exec(output);
        } catch (RuntimeException e) {
            input.end();
            closeQuietly(output);
            throw failure("start " + request.cmd() + " in " + containerId, e);
        }
        return new Prepared(containerId, request, execId, input, output);
    }

    /** An exec started with its stdin attached, waiting for its input. */
    private final class Prepared implements PreparedExec {
        private final String containerId;
        private final ExecRequest request;
        private final String execId;
        private final FedInput input;
        private final CappedOutputCallback output;
        private final java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();

        Prepared(String containerId, ExecRequest request, String execId, FedInput input, CappedOutputCallback output) {
            this.containerId = containerId;
            this.request = request;
            this.execId = execId;
            this.input = input;
            this.output = output;
        }

        @Override
        public boolean waiting() {
            return !used.get() && !output.ended() && output.error() == null;
        }

        @Override
        public ExecResult feed(byte[] bytes, int stdoutLimit, int stderrLimit, Duration timeout) {
            if (!used.compareAndSet(false, true)) {
                throw new IllegalStateException("a prepared exec is fed once");
            }
            long started = System.nanoTime();
            output.limits(stdoutLimit, stderrLimit);
            input.feed(bytes);
            ExecRequest fed = request.withLimits(stdoutLimit, stderrLimit);
            return await(containerId, fed, execId, output, started, started + timeout.toNanos());
        }

        @Override
        public void close() {
            used.set(true);
            input.end();
            closeQuietly(output);
        }
    }

    /** Waits for a started exec as {@link #exec} describes, then closes its callback. */
    private ExecResult await(String containerId, ExecRequest request, String execId, CappedOutputCallback output,
                             long started, long deadline) {
        boolean timedOut = false;
        boolean ended;
        try {
            boolean signalled = output.awaitEndOrOverflow(deadline - System.nanoTime());
            if (!signalled || output.overflowed()) {
                // Closing the stream would not stop the command: kill its processes, then drain what is left.
                timedOut = !signalled;
                killProcessesOf(containerId, request.user());
            }
            ended = output.awaitEnd(KILL_GRACE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killQuietly(containerId, request.user());
            throw new EngineException("interrupted while running " + request.cmd() + " in " + containerId, e);
        } finally {
            closeQuietly(output);
        }
        if (output.error() != null) {
            throw failure("read the output of " + request.cmd() + " in " + containerId, output.error());
        }
        Integer exitCode = ended ? exitCode(execId) : null;
        return new ExecResult(exitCode, output.stdout().toByteArray(), output.stderr().toByteArray(),
                output.stdout().truncated(), output.stderr().truncated(), timedOut,
                Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public void killProcessesOf(String containerId, String user) {
        // kill(-1) signals every process this uid may signal except PID 1 and the caller: never run it as root.
        ExecRequest kill = ExecRequest.of(user, Duration.ofSeconds(5), "sh", "-c", "kill -9 -1 2>/dev/null; true");
        String execId = createExec(containerId, kill, false);
        ResultCallback.Adapter<Frame> done = new ResultCallback.Adapter<>();
        try {
            client.execStartCmd(execId).exec(done);
            if (!done.awaitCompletion(kill.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("kill of user {} processes in {} did not finish in time", user, containerId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(done);
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
        } catch (RuntimeException e) {
            throw failure("kill container " + containerId, e);
        }
    }

    private void killQuietly(String containerId, String user) {
        try {
            killProcessesOf(containerId, user);
        } catch (RuntimeException e) {
            LOG.warn("could not kill user {} processes in {}", user, containerId, e);
        }
    }

    private String createExec(String containerId, ExecRequest request, boolean attach) {
        try {
            var create = client.execCreateCmd(containerId)
                    .withCmd(request.cmd().toArray(String[]::new))
                    .withUser(request.user())
                    .withAttachStdout(attach)
                    .withAttachStderr(attach);
            if (request.workDir() != null) {
                create.withWorkingDir(request.workDir());
            }
            if (!request.env().isEmpty()) {
                create.withEnv(request.env());
            }
            return create.exec().getId();
        } catch (RuntimeException e) {
            throw failure("start " + request.cmd() + " in " + containerId, e);
        }
    }

    private Integer exitCode(String execId) {
        // The stream can end a moment before the engine records the exit code.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        do {
            InspectExecResponse r = client.inspectExecCmd(execId).exec();
            if (!Boolean.TRUE.equals(r.isRunning()) && r.getExitCodeLong() != null) {
                return r.getExitCodeLong().intValue();
            }
            sleep(10);
        } while (System.nanoTime() < until);
        return null;
    }

    private EngineException failure(String what, Throwable e) {
        if (e instanceof DockerException de) {
            return new EngineException("Could not " + what + " on " + endpoint.host() + ": "
                    + de.getMessage().strip(), e);
        }
        return EngineErrors.unavailable(endpoint, e);
    }

    private static String stripSlash(String name) {
        return name != null && name.startsWith("/") ? name.substring(1) : name;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("close failed", e);
        }
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
            closeQuietly(collect);
        }
        synchronized (text) {
            return text.toString();
        }
    }

    @Override
    public InputStream saveImages(List<String> images) {
        try {
            var save = client.saveImagesCmd();
            for (String image : images) {
                int colon = image.lastIndexOf(':');
                if (colon > image.lastIndexOf('/')) {
                    save.withImage(image.substring(0, colon), image.substring(colon + 1));
                } else {
                    save.withImage(image, "latest");
                }
            }
            return save.exec();
        } catch (NotFoundException e) {
            throw new ImageMissingException(String.join(", ", images), e);
        } catch (RuntimeException e) {
            throw failure("save " + images, e);
        }
    }

    @Override
    public void loadImages(InputStream tar) {
        try {
            client.loadImageCmd(tar).exec();
        } catch (RuntimeException e) {
            throw failure("load images", e);
        }
    }

    @Override
    public void removeImage(String image) {
        try {
            client.removeImageCmd(image).withForce(false).exec();
        } catch (RuntimeException e) {
            throw failure("remove image " + image, e);
        }
    }

    @Override
    public void pullImage(String image, Consumer<String> progress) {
        ResultCallback.Adapter<PullResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PullResponseItem item) {
                if (item.getErrorDetail() != null) {
                    progress.accept("error: " + item.getErrorDetail().getMessage());
                } else if (item.getStatus() != null) {
                    progress.accept((item.getId() == null ? "" : item.getId() + ": ") + item.getStatus()
                            + (item.getProgressDetail() != null && item.getProgressDetail().getTotal() != null
                            ? " " + item.getProgressDetail().getCurrent() + "/" + item.getProgressDetail().getTotal()
                            : ""));
                }
            }
        };
        try {
            client.pullImageCmd(image).exec(callback);
            callback.awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while pulling " + image, e);
        } catch (RuntimeException e) {
            throw failure("pull " + image, e);
        } finally {
            closeQuietly(callback);
        }
        if (!imagePresent(image)) {
            throw new EngineException("Could not pull " + image + " on " + endpoint.host());
        }
    }

    @Override
    public void close() {
        closeQuietly(client);
    }
}

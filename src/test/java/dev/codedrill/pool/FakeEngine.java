package dev.codedrill.pool;

import dev.codedrill.docker.ContainerSpec;
import dev.codedrill.docker.ContainerState;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.docker.PreparedExec;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** An engine in memory: containers and volumes are map entries, every exec succeeds unless told otherwise. */
final class FakeEngine implements DockerEngine {

    record Container(ContainerSpec spec, boolean running) {
    }

    final Map<String, Container> containers = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> volumes = new ConcurrentHashMap<>();
    final AtomicInteger creates = new AtomicInteger();
    final AtomicInteger execs = new AtomicInteger();
    /** When set, create throws it. */
    volatile RuntimeException createFailure;
    /** When set, create waits for it first. */
    volatile CountDownLatch createGate;
    /** When true, every exec fails (so every reset fails). */
    volatile boolean execsFail;
    /** When set, exec (a reset) waits for it first. */
    volatile CountDownLatch execGate;

    @Override
    public String endpoint() {
        return "fake://";
    }

    @Override
    public EngineInfo ping() {
        return new EngineInfo("fake://", "20.10.24", "1.41", "linux", "amd64");
    }

    @Override
    public java.util.Optional<String> imageId(String image) {
        return java.util.Optional.of("sha256:fake");
    }

    @Override
    public String create(ContainerSpec spec) {
        pass(createGate);
        if (createFailure != null) {
            throw createFailure;
        }
        String id = "c" + creates.incrementAndGet();
        containers.put(id, new Container(spec, false));
        return id;
    }

    @Override
    public void start(String containerId) {
        containers.computeIfPresent(containerId, (id, c) -> new Container(c.spec(), true));
    }

    @Override
    public ContainerState inspect(String containerId) {
        Container c = containers.get(containerId);
        if (c == null) {
            throw new EngineException("no such container " + containerId);
        }
        return new ContainerState(containerId, c.spec().name(), c.running() ? "running" : "exited", c.running(), null,
                false, c.spec().labels());
    }

    @Override
    public void remove(String containerId) {
        containers.remove(containerId);
    }

    @Override
    public List<ContainerState> list(Map<String, String> labels) {
        return containers.keySet().stream().map(this::inspect)
                .filter(c -> c.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    @Override
    public void copyTar(String containerId, String path, InputStream tar) {
    }

    @Override
    public ExecResult exec(String containerId, ExecRequest request) {
        pass(execGate);
        execs.incrementAndGet();
        if (!containers.containsKey(containerId) || !containers.get(containerId).running()) {
            throw new EngineException("container " + containerId + " is not running");
        }
        byte[] out = (execsFail ? "" : "clean\n").getBytes(StandardCharsets.UTF_8);
        byte[] err = (execsFail ? "injected failure" : "").getBytes(StandardCharsets.UTF_8);
        return new ExecResult(execsFail ? 4 : 0, out, err, false, false, false, Duration.ofMillis(1));
    }

    @Override
    public void killProcessesOf(String containerId, String user) {
    }

    @Override
    public void createVolume(String name, Map<String, String> driverOpts, Map<String, String> labels) {
        volumes.put(name, Map.copyOf(labels));
    }

    @Override
    public void removeVolume(String name) {
        volumes.remove(name);
    }

    @Override
    public List<String> listVolumes(Map<String, String> labels) {
        return volumes.entrySet().stream().filter(v -> v.getValue().entrySet().containsAll(labels.entrySet()))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public void updateMemory(String containerId, long bytes) {
    }

    @Override
    public void kill(String containerId) {
        containers.computeIfPresent(containerId, (id, c) -> new Container(c.spec(), false));
    }

    @Override
    public void stop(String containerId, int graceSeconds) {
        kill(containerId);
    }

    @Override
    public Optional<Integer> publishedPort(String containerId, int containerPort) {
        return Optional.empty();
    }

    @Override
    public String logs(String containerId, int lines) {
        return "";
    }

    @Override
    public PreparedExec prepareExec(String containerId, ExecRequest request) {
        throw notFaked("prepared execs");
    }

    @Override
    public InputStream saveImages(List<String> images) {
        throw notFaked("saving images");
    }

    @Override
    public void loadImages(InputStream tar) {
        throw notFaked("loading images");
    }

    @Override
    public void removeImage(String image) {
        throw notFaked("removing images");
    }

    @Override
    public void pullImage(String image, Consumer<String> progress) {
        throw notFaked("pulling images");
    }

    /** Waits for the gate, when one is set. */
    private static void pass(CountDownLatch gate) {
        if (gate == null) {
            return;
        }
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted", e);
        }
    }

    private static UnsupportedOperationException notFaked(String what) {
        return new UnsupportedOperationException("FakeEngine does not fake " + what + ": use the real engine");
    }

    @Override
    public void close() {
    }
}

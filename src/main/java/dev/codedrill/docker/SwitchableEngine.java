package dev.codedrill.docker;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An engine whose target can be replaced while the app runs: when the private daemon is restarted it comes back
 * on another port, and whoever holds this engine carries on without knowing.
 */
public final class SwitchableEngine implements DockerEngine {

    private volatile DockerEngine target;

    public SwitchableEngine(DockerEngine target) {
        this.target = target;
    }

    /** Points at a new engine and closes the old one. */
    public void switchTo(DockerEngine next) {
        DockerEngine previous = target;
        target = next;
        if (previous != next) {
            previous.close();
        }
    }

    @Override public String endpoint() { return target.endpoint(); }
    @Override public EngineInfo ping() { return target.ping(); }
    @Override public java.util.Optional<String> imageId(String image) { return target.imageId(image); }
    @Override public String create(ContainerSpec spec) { return target.create(spec); }
    @Override public void start(String containerId) { target.start(containerId); }
    @Override public ContainerState inspect(String containerId) { return target.inspect(containerId); }
    @Override public void remove(String containerId) { target.remove(containerId); }
    @Override public List<ContainerState> list(Map<String, String> labels) { return target.list(labels); }
    @Override public void copyTar(String containerId, String path, InputStream tar) { target.copyTar(containerId, path, tar); }
    @Override public ExecResult exec(String containerId, ExecRequest request) { return target.exec(containerId, request); }
    @Override public PreparedExec prepareExec(String containerId, ExecRequest request) {
        return target.prepareExec(containerId, request);
    }
    @Override public void killProcessesOf(String containerId, String user) { target.killProcessesOf(containerId, user); }
    @Override public void stop(String containerId, int graceSeconds) { target.stop(containerId, graceSeconds); }
    @Override public Optional<Integer> publishedPort(String containerId, int port) { return target.publishedPort(containerId, port); }
    @Override public String logs(String containerId, int lines) { return target.logs(containerId, lines); }
    @Override public InputStream saveImages(List<String> images) { return target.saveImages(images); }
    @Override public void loadImages(InputStream tar) { target.loadImages(tar); }
    @Override public void removeImage(String image) { target.removeImage(image); }
    @Override public void pullImage(String image, Consumer<String> progress) { target.pullImage(image, progress); }
    @Override public void createVolume(String name, Map<String, String> driverOpts, Map<String, String> labels) {
        target.createVolume(name, driverOpts, labels);
    }
    @Override public void removeVolume(String name) { target.removeVolume(name); }
    @Override public List<String> listVolumes(Map<String, String> labels) { return target.listVolumes(labels); }
    @Override public void updateMemory(String containerId, long bytes) { target.updateMemory(containerId, bytes); }
    @Override public void kill(String containerId) { target.kill(containerId); }

    @Override
    public void close() {
        target.close();
    }
}

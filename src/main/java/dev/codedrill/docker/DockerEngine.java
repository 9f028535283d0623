package dev.codedrill.docker;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The Docker calls CodeDrill makes, in its own words. One implementation talks to a real engine
 * ({@link DockerJavaEngine}); tests where the engine is not the point can use a small fake.
 */
public interface DockerEngine extends AutoCloseable {

    /** The endpoint this engine talks to, for messages. */
    String endpoint();

    /** Asks the engine for its version; throws {@link EngineUnavailableException} when nothing answers. */
    EngineInfo ping();

    /** The image's id ({@code sha256:…}), which saving and loading keep; empty when the engine lacks the image. */
    java.util.Optional<String> imageId(String image);

    default boolean imagePresent(String image) {
        return imageId(image).isPresent();
    }

    /** Creates a container (not started); throws {@link ImageMissingException} when its image is absent. */
    String create(ContainerSpec spec);

    void start(String containerId);

    ContainerState inspect(String containerId);

    /** Removes the container and its anonymous volumes, killing it if it runs; a missing container is fine. */
    void remove(String containerId);

    /** Containers (running or not) whose labels include all of the given ones. */
    List<ContainerState> list(Map<String, String> labels);

    /** Unpacks a tar stream into the container at {@code path}. */
    void copyTar(String containerId, String path, InputStream tar);

    /** Runs a command, capping its output and killing it at its deadline (see {@link ExecRequest}). */
    ExecResult exec(String containerId, ExecRequest request);

    /** Kills every process of {@code user} in the container with a second exec run as that user. */
    void killProcessesOf(String containerId, String user);

    /** Stops a running container (SIGTERM, then SIGKILL after {@code graceSeconds}); a stopped one is fine. */
    default void stop(String containerId, int graceSeconds) {
        throw new UnsupportedOperationException("stop");
    }

    /** The host port a container's TCP port is published on, if it is. */
    default java.util.Optional<Integer> publishedPort(String containerId, int containerPort) {
        throw new UnsupportedOperationException("publishedPort");
    }

    /** The container's last {@code lines} log lines (stdout and stderr interleaved). */
    default String logs(String containerId, int lines) {
        throw new UnsupportedOperationException("logs");
    }

    /** A streaming {@code docker save} of one or more images; the caller closes it. */
    default InputStream saveImages(List<String> images) {
        throw new UnsupportedOperationException("saveImages");
    }

    /** Streams a {@code docker save} tar into the engine. */
    default void loadImages(InputStream tar) {
        throw new UnsupportedOperationException("loadImages");
    }

    /** Removes an image (by id or name) that no container uses; throws when one does, or it cannot be removed. */
    default void removeImage(String image) {
        throw new UnsupportedOperationException("removeImage");
    }

    /** Pulls an image, reporting each progress line. */
    default void pullImage(String image, java.util.function.Consumer<String> progress) {
        throw new UnsupportedOperationException("pullImage");
    }

    // Volumes, limits and kill (and above, the private daemon's and the images' calls): default methods so that
    // small test fakes need only what they use.

    /**
     * Creates a named volume with driver {@code local} and the given driver options (for a tmpfs-backed volume:
     * {@code type=tmpfs, device=tmpfs, o=size=64m,uid=65534}). The app label is always added.
     */
    default void createVolume(String name, Map<String, String> driverOpts, Map<String, String> labels) {
        throw new UnsupportedOperationException("createVolume");
    }

    /** Removes a named volume; a missing volume is fine. Fails while a container still uses it. */
    default void removeVolume(String name) {
        throw new UnsupportedOperationException("removeVolume");
    }

    /** Names of the volumes whose labels include all of the given ones. */
    default List<String> listVolumes(Map<String, String> labels) {
        throw new UnsupportedOperationException("listVolumes");
    }

    /** Sets a running container's memory limit, swap included (memory = memory-swap: no swap). */
    default void updateMemory(String containerId, long bytes) {
        throw new UnsupportedOperationException("updateMemory");
    }

    /**
     * Starts {@code request}'s command with its stdin attached, to be fed later with {@link PreparedExec#feed} (the
     * request's output limits and timeout are the feed's). The command should read its input and then run.
     */
    default PreparedExec prepareExec(String containerId, ExecRequest request) {
        throw new UnsupportedOperationException("prepareExec");
    }

    /** Kills the container's PID 1 (as {@code docker kill}), which stops it; a missing container is fine. */
    default void kill(String containerId) {
        throw new UnsupportedOperationException("kill");
    }

    @Override
    void close();
}

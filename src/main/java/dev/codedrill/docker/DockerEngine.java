package dev.codedrill.docker;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The Docker calls CodeDrill makes, in its own words. One implementation talks to a real engine
 * ({@link DockerJavaEngine}), {@link SwitchableEngine} lets the private daemon's restarts go unnoticed, and tests
 * where the engine is not the point use a small fake that says which calls it does not fake.
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
    void stop(String containerId, int graceSeconds);

    /** The host port a container's TCP port is published on, if it is. */
    java.util.Optional<Integer> publishedPort(String containerId, int containerPort);

    /** The container's last {@code lines} log lines (stdout and stderr interleaved). */
    String logs(String containerId, int lines);

    /** A streaming {@code docker save} of one or more images; the caller closes it. */
    InputStream saveImages(List<String> images);

    /** Streams a {@code docker save} tar into the engine. */
    void loadImages(InputStream tar);

    /** Removes an image (by id or name) that no container uses; throws when one does, or it cannot be removed. */
    void removeImage(String image);

    /** Pulls an image, reporting each progress line. */
    void pullImage(String image, java.util.function.Consumer<String> progress);

    // Volumes, limits and kill.

    /**
     * Creates a named volume with driver {@code local} and the given driver options (for a tmpfs-backed volume:
     * {@code type=tmpfs, device=tmpfs, o=size=64m,uid=65534}). The app label is always added.
     */
    void createVolume(String name, Map<String, String> driverOpts, Map<String, String> labels);

    /** Removes a named volume; a missing volume is fine. Fails while a container still uses it. */
    void removeVolume(String name);

    /** Names of the volumes whose labels include all of the given ones. */
    List<String> listVolumes(Map<String, String> labels);

    /** Sets a running container's memory limit, swap included (memory = memory-swap: no swap). */
    void updateMemory(String containerId, long bytes);

    /**
     * Starts {@code request}'s command with its stdin attached, to be fed later with {@link PreparedExec#feed} (the
     * request's output limits and timeout are the feed's). The command should read its input and then run.
     */
    PreparedExec prepareExec(String containerId, ExecRequest request);

    /**
     * Kills the container's PID 1 (as {@code docker kill}), which stops it; a missing or already stopped container is
     * fine.
     */
    void kill(String containerId);

    @Override
    void close();
}

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

    boolean imagePresent(String image);

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

    /** Pulls an image, reporting each progress line. */
    void pullImage(String image, java.util.function.Consumer<String> progress);

    @Override
    void close();
}

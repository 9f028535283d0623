package dev.codedrill.docker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a container is created with. Built with {@link #builder(String)}; the app label is always added.
 *
 * @param volumes        named volume → path in the container
 * @param binds          host path → path in the container; only the compat DinD launch uses one (/sys/fs/cgroup)
 * @param publishedPorts container TCP port → host port, always on 127.0.0.1 (0 picks a free port)
 * @param ulimits        resource limits of every process in the container (none: the engine's defaults)
 * @param runtime        the OCI runtime that runs it, by the name the engine registered ({@code runsc}); null: the
 *                       engine's default
 * @param usernsMode     the user namespace, {@code host} for the engine's own; null: the engine's default (remapped
 *                       where the engine remaps users)
 * @param unmaskedSystemPaths {@code /proc} and {@code /sys} left whole (no masked or read-only paths), as
 *                       {@code --privileged} leaves them; only the compat DinD launch asks for it
 */
public record ContainerSpec(String image, String name, List<String> cmd, String user, List<String> env,
                            Map<String, String> labels, String workingDir, boolean networkDisabled,
                            Long memoryBytes, Long pidsLimit, Long nanoCpus, boolean readOnlyRootfs,
                            boolean noNewPrivileges, boolean init, boolean privileged, List<String> capAdd,
                            List<String> capDrop, List<String> securityOpts, List<String> deviceCgroupRules,
                            Map<String, String> tmpfs, Map<String, String> volumes, Map<String, String> binds,
                            Map<Integer, Integer> publishedPorts, List<ProcessLimit> ulimits, String runtime,
                            String usernsMode, boolean unmaskedSystemPaths) {

    public ContainerSpec {
        if (image == null || image.isBlank()) {
            throw new IllegalArgumentException("image is required");
        }
        cmd = List.copyOf(cmd);
        env = List.copyOf(env);
        labels = Labels.withApp(labels);
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
        securityOpts = List.copyOf(securityOpts);
        deviceCgroupRules = List.copyOf(deviceCgroupRules);
        tmpfs = Map.copyOf(tmpfs);
        volumes = Map.copyOf(volumes);
        binds = Map.copyOf(binds);
        publishedPorts = Map.copyOf(publishedPorts);
        ulimits = List.copyOf(ulimits);
        if (ulimits.stream().map(ProcessLimit::name).distinct().count() != ulimits.size()) {
            throw new IllegalArgumentException("a limit is given twice: " + ulimits);
        }
        if (memoryBytes != null && memoryBytes < 6 * 1024 * 1024) {
            throw new IllegalArgumentException("memory limit below Docker's 6 MB minimum: " + memoryBytes);
        }
    }

    public static Builder builder(String image) {
        return new Builder(image);
    }

    /** A mutable builder; every setter returns it. */
    public static final class Builder {
        private final String image;
        private String name;
        private String runtime;
        private boolean unmaskedSystemPaths;
        private String usernsMode;
        private final List<String> cmd = new ArrayList<>();
        private String user;
        private final List<String> env = new ArrayList<>();
        private final Map<String, String> labels = new HashMap<>();
        private String workingDir;
        private boolean networkDisabled;
        private Long memoryBytes;
        private Long pidsLimit;
        private Long nanoCpus;
        private boolean readOnlyRootfs;
        private boolean noNewPrivileges;
        private boolean init;
        private boolean privileged;
        private final List<String> capAdd = new ArrayList<>();
        private final List<String> capDrop = new ArrayList<>();
        private final List<String> securityOpts = new ArrayList<>();
        private final List<String> deviceCgroupRules = new ArrayList<>();
        private final Map<String, String> tmpfs = new HashMap<>();
        private final Map<String, String> volumes = new HashMap<>();
        private final Map<String, String> binds = new HashMap<>();
        private final Map<Integer, Integer> publishedPorts = new HashMap<>();
        private final List<ProcessLimit> ulimits = new ArrayList<>();

        private Builder(String image) {
            this.image = Objects.requireNonNull(image, "image");
        }

        public Builder name(String value) { this.name = value; return this; }
        public Builder cmd(String... value) { cmd.clear(); cmd.addAll(List.of(value)); return this; }
        public Builder cmd(List<String> value) { cmd.clear(); cmd.addAll(value); return this; }
        public Builder user(String value) { this.user = value; return this; }
        public Builder env(String value) { env.add(value); return this; }
        public Builder label(String key, String value) { labels.put(key, value); return this; }
        public Builder labels(Map<String, String> value) { labels.putAll(value); return this; }
        public Builder workingDir(String value) { this.workingDir = value; return this; }
        public Builder networkDisabled(boolean value) { this.networkDisabled = value; return this; }
        public Builder memoryBytes(long value) { this.memoryBytes = value; return this; }
        public Builder pidsLimit(long value) { this.pidsLimit = value; return this; }
        public Builder cpus(double value) { this.nanoCpus = Math.round(value * 1e9); return this; }
        public Builder readOnlyRootfs(boolean value) { this.readOnlyRootfs = value; return this; }
        public Builder noNewPrivileges(boolean value) { this.noNewPrivileges = value; return this; }
        public Builder init(boolean value) { this.init = value; return this; }
        public Builder privileged(boolean value) { this.privileged = value; return this; }
        public Builder capAdd(String... value) { capAdd.addAll(List.of(value)); return this; }
        public Builder capDrop(String... value) { capDrop.addAll(List.of(value)); return this; }
        public Builder securityOpt(String value) { securityOpts.add(value); return this; }
        public Builder deviceCgroupRule(String value) { deviceCgroupRules.add(value); return this; }
        public Builder tmpfs(String path, String options) { tmpfs.put(path, options); return this; }
        public Builder volume(String volumeName, String path) { volumes.put(volumeName, path); return this; }
        public Builder bind(String hostPath, String path) { binds.put(hostPath, path); return this; }
        public Builder publish(int containerPort, int hostPort) { publishedPorts.put(containerPort, hostPort); return this; }
        public Builder ulimit(String name, long soft, long hard) { ulimits.add(new ProcessLimit(name, soft, hard)); return this; }
        public Builder runtime(String value) { this.runtime = value; return this; }
        public Builder unmaskedSystemPaths(boolean value) { this.unmaskedSystemPaths = value; return this; }
        public Builder usernsMode(String value) { this.usernsMode = value; return this; }

        public ContainerSpec build() {
            return new ContainerSpec(image, name, cmd, user, env, labels, workingDir, networkDisabled, memoryBytes,
                    pidsLimit, nanoCpus, readOnlyRootfs, noNewPrivileges, init, privileged, capAdd, capDrop,
                    securityOpts, deviceCgroupRules, tmpfs, volumes, binds, publishedPorts, ulimits, runtime,
                    usernsMode, unmaskedSystemPaths);
        }
    }
}

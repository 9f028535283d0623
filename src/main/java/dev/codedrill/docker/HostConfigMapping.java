package dev.codedrill.docker;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link ContainerSpec} becomes docker-java's {@link HostConfig}: limits, security options, mounts and
 * ports (published on loopback only), and the unmasked {@code /proc} of the compat launch.
 */
final class HostConfigMapping {

    private HostConfigMapping() {
    }

    static HostConfig of(ContainerSpec spec) {
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
}

package dev.codedrill.docker.dind;

import dev.codedrill.config.DindLaunch;
import dev.codedrill.config.Installation;
import dev.codedrill.config.Settings.DindSettings;
import dev.codedrill.docker.ContainerSpec;
import dev.codedrill.docker.Labels;
import java.util.ArrayList;
import java.util.List;

/** How the DinD container is created (docs/architecture.md#the-private-daemon). */
final class DindContainerSpec {

    static final int DAEMON_PORT = 2376;
    static final String CERTS_IN_CONTAINER = "/codedrill-tls";
    static final String ROLE = "dind";
    static final String CONFIG_LABEL = "dev.codedrill.dind-config";
    /** Bumped when the container's recipe changes, so an old container is not reused. */
    private static final int RECIPE = 5;

    private DindContainerSpec() {
    }

    /**
     * The daemon line, given whole: with dockerd as the first word the official image's entrypoint adds no hosts
     * or certificates of its own, and runs it through its dind wrapper.
     */
    static List<String> command(DindSettings settings) {
        List<String> cmd = new ArrayList<>(List.of("dockerd",
                "--host=tcp://0.0.0.0:" + DAEMON_PORT,
                "--tlsverify",
                "--tlscacert=" + CERTS_IN_CONTAINER + "/" + TlsMaterial.CA,
                "--tlscert=" + CERTS_IN_CONTAINER + "/" + TlsMaterial.SERVER_CERT,
                "--tlskey=" + CERTS_IN_CONTAINER + "/" + TlsMaterial.SERVER_KEY));
        if (settings.usernsRemap()) {
            // Root in a sandbox becomes the dockremap user's range (100000 and up in our image, 165536 in the
            // official one): a container escape lands on an unprivileged uid of this container. "default" makes
            // dockerd create that user where the image has none.
            cmd.add("--userns-remap=default");
        }
        if (settings.launch() == DindLaunch.COMPAT) {
            // The host's cgroup tree is bound in: keep the inner containers' cgroups apart from the host's own.
            cmd.add("--cgroup-parent=codedrill-" + settings.name());
        }
        return cmd;
    }

    /** A fingerprint of everything that makes a running DinD container reusable as it is. */
    static String configHash(DindSettings settings, TlsMaterial tls) {
        String recipe = RECIPE + "|" + settings.image() + "|" + settings.launch() + "|" + settings.volume() + "|"
                + String.join(" ", command(settings)) + "|" + tls.fingerprint() + "|" + settings.memoryMb() + "|"
                + settings.pids();
        return Integer.toHexString(recipe.hashCode());
    }

    static ContainerSpec build(DindSettings settings, Installation installation, String configHash) {
        ContainerSpec.Builder spec = ContainerSpec.builder(settings.image())
                .name(settings.name())
                .cmd(command(settings))
                .label(Labels.ROLE, ROLE)
                .label(CONFIG_LABEL, configHash)
                .label(Installation.LABEL, installation.id())
                .volume(settings.volume(), "/var/lib/docker")
                // dockerd's pid file and containerd's state live in /run: a tmpfs, so a killed daemon restarts clean
                .tmpfs("/run", "rw,nosuid,nodev,mode=755")
                .publish(DAEMON_PORT, 0)
                // An init (the engine's docker-init) as PID 1 reaps what is orphaned in the container: each sandbox's
                // containerd-shim ends as an orphan, and dockerd as PID 1 never reaps it. Without it every sandbox
                // made left a zombie, counted against the pids cap until the daemon could start no more (measured:
                // 314 zombies after a few benchmark runs). The official image puts docker-init in front of dockerd
                // itself; the offline image does not.
                .init(true);
        if (settings.memoryMb() != null) {
            spec.memoryBytes(settings.memoryMb() * 1024 * 1024);
        }
        if (settings.pids() != null) {
            spec.pidsLimit(settings.pids());
        }
        if (settings.launch() == DindLaunch.PRIVILEGED) {
            spec.privileged(true);
        } else {
            // For engines whose bounding set refuses --privileged.
            spec.capAdd("ALL").capDrop("SYS_RESOURCE")
                    .securityOpt("seccomp=unconfined").securityOpt("apparmor=unconfined")
                    .deviceCgroupRule("a *:* rmw")
                    .bind("/sys/fs/cgroup", "/sys/fs/cgroup")
                    // /proc whole, as --privileged has it: without that no container in a user namespace can
                    // mount its own /proc (measured: "mount proc: operation not permitted")
                    .unmaskedSystemPaths(true);
        }
        return spec.build();
    }
}

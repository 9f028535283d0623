package dev.codedrill.app;

import dev.codedrill.config.Settings.SandboxSettings;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.Language;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.Lease;
import java.time.Duration;
import java.util.List;

/**
 * Which kernel code in a sandbox meets, seen from inside one: gVisor's (the runtime {@code runsc}), whose boot log a
 * sandbox reads with {@code dmesg}, or the host's (runc, where the sandbox user may not read the kernel's log).
 */
final class SandboxRuntimeCheck {

    static final String SUBJECT = "sandbox runtime";
    private static final String GVISOR = "gVisor";

    private SandboxRuntimeCheck() {
    }

    static DoctorCheck run(ContainerPool pool, DockerEngine engine, List<Language> languages, SandboxSettings sandbox)
            throws InterruptedException {
        for (Language language : languages) {
            if (pool.stats(language.id()).idle() == 0) {
                continue;
            }
            String log;
            try (Lease lease = pool.borrow(language.id(), Duration.ofSeconds(30))) {
                ExecResult result = engine.exec(lease.containerId(), ExecRequest.of(lease.user(),
                        Duration.ofSeconds(10), "sh", "-c", "dmesg 2>/dev/null | head -n 5"));
                log = result.stdoutText();
            }
            return of(sandbox, log.contains(GVISOR));
        }
        return DoctorCheck.problem(SUBJECT, sandbox.describe() + ": no sandbox could be started to look inside",
                sandbox.runtime() == null ? "see the sandbox lines" : unregistered(sandbox));
    }

    /** The line for a sandbox that did, or did not, show gVisor's kernel. */
    static DoctorCheck of(SandboxSettings sandbox, boolean gvisor) {
        if (gvisor) {
            return DoctorCheck.ok(SUBJECT, sandbox.describe() + ": code runs on gVisor's kernel, not the host's");
        }
        if ("runsc".equals(sandbox.runtime())) {
            return DoctorCheck.problem(SUBJECT, "runsc (gVisor) was asked for, but code in a sandbox runs on the host's"
                    + " kernel", "check that the private daemon registers runsc as gVisor (docker info)");
        }
        return DoctorCheck.ok(SUBJECT, sandbox.describe() + ": code runs on the host's kernel (for gVisor's kernel in"
                + " between: \"sandbox\": {\"runtime\": \"runsc\"} with the offline daemon image)");
    }

    private static String unregistered(SandboxSettings sandbox) {
        return "the private daemon must have the runtime " + sandbox.runtime() + " registered: the offline daemon"
                + " image (codedrill/dind:offline, packaging/images/build-offline-images.sh) has runsc; or remove"
                + " sandbox.runtime from the config";
    }
}

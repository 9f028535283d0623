package dev.codedrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.config.Settings.SandboxSettings;
import org.junit.jupiter.api.Test;

/** The doctor's line on the kernel code meets, from what a sandbox showed. */
class SandboxRuntimeCheckTest {

    @Test
    void gvisorSeenIsSaid() {
        DoctorCheck check = SandboxRuntimeCheck.of(new SandboxSettings("runsc"), true);
        assertThat(check.ok()).isTrue();
        assertThat(check.render()).contains("runsc (gVisor)").contains("gVisor's kernel, not the host's");
    }

    @Test
    void gvisorAskedForButNotSeenIsAProblemWithTheNextStep() {
        DoctorCheck check = SandboxRuntimeCheck.of(new SandboxSettings("runsc"), false);
        assertThat(check.ok()).isFalse();
        assertThat(check.render()).contains("host's kernel").contains("docker info");
    }

    @Test
    void theDefaultSaysTheHostsKernelAndHowToChooseGvisor() {
        DoctorCheck check = SandboxRuntimeCheck.of(SandboxSettings.ENGINE_DEFAULT, false);
        assertThat(check.ok()).isTrue();
        assertThat(check.render()).contains("runc").contains("\"runtime\": \"runsc\"");
    }
}

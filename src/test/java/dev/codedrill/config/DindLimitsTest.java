package dev.codedrill.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The private daemon's own caps (memory, processes) come from the config, with a floor it cannot work below. */
class DindLimitsTest {

    private static Settings.DindSettings caps(Long memoryMb, Long pids) {
        return new Settings.DindSettings("codedrill/dind:offline", null, DindLaunch.PRIVILEGED, null, true, 30, 1000,
                memoryMb, pids, true);
    }

    @Test
    void theBuiltInDefaultsCapTheDaemonAt8GbAnd8192Processes() {
        Settings.DindSettings dind = new SettingsLoader().defaults().docker().dind();
        assertThat(dind.memoryMb()).isEqualTo(8192L);
        assertThat(dind.pids()).isEqualTo(8192L);
    }

    @Test
    void nullMeansNoCap() {
        assertThat(caps(null, null).memoryMb()).isNull();
    }

    @Test
    void capsTooSmallForTheDaemonAndItsPoolAreRefusedSayingTheFloor() {
        assertThatThrownBy(() -> caps(256L, null)).hasMessageContaining("memoryMb must be at least 512");
        assertThatThrownBy(() -> caps(null, 10L)).hasMessageContaining("pids must be at least 256");
    }
}

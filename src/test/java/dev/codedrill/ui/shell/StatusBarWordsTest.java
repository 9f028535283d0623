package dev.codedrill.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.pool.PoolStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusBarWordsTest {

    @Test
    void theEngineIsSaidInAFewWordsAndALanguageWithoutItsImageIsCounted() {
        assertThat(StatusBar.shortEngine(EngineState.READY,
                "Docker: private daemon Docker 20.10.24 ready · 7/7 languages")).isEqualTo("Docker ready");
        assertThat(StatusBar.shortEngine(EngineState.READY,
                "Docker: private daemon Docker 20.10.24 ready · 6/7 languages")).isEqualTo("Docker ready · 6/7 languages");
        assertThat(StatusBar.shortEngine(EngineState.CONNECTING,
                "Docker: Waiting for Docker to start… (attempt 3/60)")).isEqualTo("Docker starting… (3/60)");
        assertThat(StatusBar.shortEngine(EngineState.CONNECTING,
                "Docker: the private daemon stopped — restarting it…")).isEqualTo("Docker restarting…");
        assertThat(StatusBar.shortEngine(EngineState.UNAVAILABLE, "Docker not available: permission denied on "
                + "/var/run/docker.sock")).isEqualTo("Docker not available");
    }

    @Test
    void thePoolIsCountedOverAllLanguages() {
        assertThat(StatusBar.shortPool(List.of())).isEmpty();
        assertThat(StatusBar.shortPool(List.of(stats("python", 2, 0), stats("java", 1, 1))))
                .isEqualTo("Pool 3 idle · 1 busy");
        assertThat(StatusBar.shortPool(List.of(stats("python", 2, 0)))).isEqualTo("Pool 2 idle");
    }

    private static PoolStats stats(String language, int idle, int busy) {
        return new PoolStats(language, 2, 3, idle, busy, 0, 0, 0, 0, 0, 0, 0, 0, java.time.Duration.ZERO,
                java.time.Duration.ZERO, null);
    }
}

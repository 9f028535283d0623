package dev.codedrill.docker.dind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.EngineUnavailableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WaitForDockerTest {

    private final List<String> reports = new ArrayList<>();
    private final List<Long> sleeps = new ArrayList<>();
    private final EngineInfo info = new EngineInfo("tcp://127.0.0.1:1", "20.10", "1.41", "linux", "amd64");

    private static EngineUnavailableException refused() {
        return new EngineUnavailableException("refused", "start it", new IOException("Connection refused"));
    }

    @Test
    void reportsEachAttemptAndReturnsOnceTheDaemonAnswers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        EngineInfo answered = new WaitForDocker(10, 250, sleeps::add).await(() -> {
            if (calls.incrementAndGet() < 3) {
                throw refused();
            }
            return info;
        }, () -> true, reports::add);

        assertThat(answered).isEqualTo(info);
        assertThat(reports).containsExactly("Waiting for Docker to start… (attempt 1/10)",
                "Waiting for Docker to start… (attempt 2/10)", "Waiting for Docker to start… (attempt 3/10)");
        assertThat(sleeps).containsExactly(250L, 250L);
    }

    @Test
    void givesUpAfterTheLastAttemptWithoutSleepingAfterIt() {
        assertThatThrownBy(() -> new WaitForDocker(4, 1000, sleeps::add).await(() -> {
            throw refused();
        }, () -> true, reports::add))
                .isInstanceOfSatisfying(WaitForDocker.GaveUp.class, e -> {
                    assertThat(e.getMessage()).contains("did not answer after 4 attempts (3.0 s)");
                    assertThat(e.containerStopped()).isFalse();
                });
        assertThat(reports).hasSize(4);
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void stopsAtOnceWhenTheContainerHasStopped() {
        assertThatThrownBy(() -> new WaitForDocker(30, 1000, sleeps::add).await(() -> {
            throw refused();
        }, () -> false, reports::add))
                .isInstanceOfSatisfying(WaitForDocker.GaveUp.class, e -> assertThat(e.containerStopped()).isTrue());
        assertThat(reports).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void theAdviceNamesTheCompatLaunchWhenPrivilegedIsRefused() {
        assertThat(DindFailureAdvice.likelyCause("OCI runtime create failed: unable to apply caps: operation not permitted"))
                .contains("\"launch\": \"compat\"");
        assertThat(DindFailureAdvice.likelyCause("mkdir /sys/fs/cgroup/cpuset/docker: read-only file system"))
                .contains("cgroup");
    }
}

package dev.codedrill.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.testing.TestEngine;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The benchmark measures both paths and leaves nothing behind. */
class PoolBenchmarkTest {

    @Test
    void bothPathsAreMeasuredAndTheWarmOneIsFaster(TestInfo test) throws Exception {
        try (DockerEngine engine = TestEngine.hostEngine()) {
            engine.ping();
            Language python = PoolFixtures.language("python").withPoolSize(2);
            ContainerPool pool = new ContainerPool(engine, List.of(python), PoolFixtures.config(test.getDisplayName()));
            try {
                pool.start();
                assertThat(pool.awaitSettled(Duration.ofSeconds(60))).isTrue();
                PoolBenchmark.Result result = new PoolBenchmark(engine, TarCopy.Method.EXEC).run(pool, python, 3);
                assertThat(result.runs()).isEqualTo(3);
                assertThat(result.warmP50()).isPositive().isLessThanOrEqualTo(result.warmP90());
                assertThat(result.coldP50()).isPositive().isLessThanOrEqualTo(result.coldP90());
                assertThat(result.speedup()).as("cold p50 / warm p50").isGreaterThan(1.0);
            } finally {
                pool.close();
            }
            PoolFixtures.assertNothingLeft(engine, pool);
        }
    }

    @Test
    void everyLanguageHasABenchmarkProgramThatIsOneExec() {
        for (LanguageSupport support : LanguageSupports.all()) {
            Language language = PoolFixtures.language(support.id());
            assertThat(PoolBenchmark.command(language)).isNotEmpty();
        }
        assertThat(PoolBenchmark.command(PoolFixtures.language("go")))
                .containsExactly("sh", "-c", "go build -o solution main.go && ./solution");
    }
}

package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.testing.SharedTestDaemon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end-to-end benchmark measures the warm and the cold path and the queue's throughput, in the real daemon. */
class JudgeBenchmarkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Problem plusOne() {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tests.add(new TestCase(i, "n=" + i, JSON.createObjectNode().put("n", i), JSON.getNodeFactory().numberNode(i + 1),
                    i == 0));
        }
        return new Problem("plus-one", "Plus one", Difficulty.EASY, List.of(), ProblemKind.FUNCTION,
                Signature.parse("solve(n: int) -> int"), ComparatorSpec.EXACT, 1000, 256, "", tests, Path.of("."));
    }

    @Test
    void bothPathsAndTheThroughputAreMeasuredForAnInterpretedLanguage() throws Exception {
        DockerEngine engine = SharedTestDaemon.engine();
        Language python = SharedTestDaemon.context().languages().find("python").orElseThrow();
        String session = PoolConfig.newSessionId();
        JudgeBenchmark.Result result = new JudgeBenchmark(engine, HarnessRegistry.standard(), session)
                .run(python, plusOne(), "class Solution:\n    def solve(self, n):\n        return n + 1\n", 3, 3);
        assertThat(result.runs()).isEqualTo(3);
        assertThat(result.tests()).isEqualTo(10);
        assertThat(result.warmP50()).isPositive().isLessThanOrEqualTo(result.warmP90());
        assertThat(result.coldP50()).isPositive().isLessThanOrEqualTo(result.coldP90());
        assertThat(result.speedup()).as("cold p50 / warm p50").isGreaterThan(1.0);
        assertThat(result.compiled()).as("python compiles nothing: no cached column").isFalse();
        assertThat(result.perSecond()).isPositive();
        assertThat(engine.list(dev.codedrill.pool.SandboxFactory.sessionLabels(session))).as("nothing left").isEmpty();
    }
}

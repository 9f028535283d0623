package dev.codedrill.judge;

import dev.codedrill.problem.Problem;
import java.time.Duration;

/**
 * The limits of one run (DESIGN.md §5), with defaults fit for learners; the problem sets time and memory.
 *
 * @param perTestMs   wall time a test may take
 * @param startupMs   added once to the run's deadline for the runtime to start (a JVM, an interpreter)
 * @param outputBytes stdout a stdio test may write; the prints a function test keeps
 */
public record RunLimits(Duration compile, long perTestMs, long startupMs, int memoryMb, int outputBytes,
                        int compilerOutputBytes, int sourceBytes) {

    public static RunLimits of(Problem problem) {
        return new RunLimits(Duration.ofSeconds(30), problem.timeLimitMs(), 3000, problem.memoryLimitMb(),
                16 * 1024 * 1024, 64 * 1024, 256 * 1024);
    }

    /** The deadline for running {@code tests} tests in one exec. */
    public Duration runDeadline(int tests) {
        return Duration.ofMillis(startupMs + perTestMs * Math.max(1, tests));
    }
}

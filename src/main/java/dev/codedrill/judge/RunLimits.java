package dev.codedrill.judge;

import dev.codedrill.problem.Problem;
import java.time.Duration;

/**
 * The limits of one run (docs/architecture.md#limits-of-a-run), with defaults fit for learners; the problem sets time
 * and memory.
 *
 * @param perTestMs   wall time a test may take
 * @param startupMs   added once to the run's deadline for the runtime to start (a JVM, an interpreter)
 * @param outputBytes stdout a stdio test may write; the prints a function test keeps
 * @param stopAtFirstFailure the run stops at the first test that is not accepted (a submission's verdict is that
 *                           test's); the tests after it are not run
 */
public record RunLimits(Duration compile, long perTestMs, long startupMs, int memoryMb, int outputBytes,
                        int compilerOutputBytes, int sourceBytes, boolean stopAtFirstFailure) {

    public static final Duration DEFAULT_COMPILE = Duration.ofSeconds(30);
    /**
     * The reading speed allowed for the tests' input, in bytes per millisecond (1 MB/s): about a hundred times
     * slower than a quiet machine parses JSON, so that a loaded laptop does not turn a harness that parses 14 MB of
     * generated tests before the first one (JavaScript's does) into "Time Limit Exceeded on test 1, 0 ms".
     */
    static final long INPUT_BYTES_READ_PER_MS = 1000;

    public static RunLimits of(Problem problem) {
        return of(problem, "", 1.0, DEFAULT_COMPILE);
    }

    /**
     * The problem's limits in {@code languageId} (its own time limit there, if the problem gives one), with the time
     * limit scaled by {@code timeFactor} (config judge.timeFactor).
     */
    public static RunLimits of(Problem problem, String languageId, double timeFactor, Duration compile) {
        long perTest = Math.max(1, Math.round(problem.timeLimitMs(languageId) * timeFactor));
        return new RunLimits(compile, perTest, 3000,
                problem.memoryLimitMb(), 16 * 1024 * 1024, 64 * 1024, 256 * 1024, false);
    }

    /** The same limits, stopping at the first test that is not accepted (or running every test). */
    public RunLimits stoppingAtFirstFailure(boolean stop) {
        return new RunLimits(compile, perTestMs, startupMs, memoryMb, outputBytes, compilerOutputBytes, sourceBytes,
                stop);
    }

    /** The deadline for running {@code tests} tests in one exec. */
    public Duration runDeadline(int tests) {
        return Duration.ofMillis(startupMs + perTestMs * Math.max(1, tests));
    }

    /** The deadline for running {@code tests} tests given by {@code inputBytes} of input in one exec. */
    public Duration runDeadline(int tests, long inputBytes) {
        return runDeadline(tests).plusMillis(inputReadingMs(inputBytes));
    }

    /** How long a run may take to write its first result: the runtime's start, the input's reading and one test. */
    public long firstAnswerMs(long inputBytes) {
        return startupMs + inputReadingMs(inputBytes) + perTestMs;
    }

    private static long inputReadingMs(long inputBytes) {
        return Math.max(0, inputBytes) / INPUT_BYTES_READ_PER_MS;
    }
}

package dev.codedrill.judge.hostile;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.problem.ProblemKind;

/**
 * One language's programs for the hostile matrix. A behaviour is a few statements that see the two integers as
 * {@code a} and {@code b} (both at least 1 in every test); the language wraps them into a stdio program that reads
 * "a b" and prints a + b afterwards, or into its solution of {@code add(a: int, b: int) -> int} that returns a + b
 * afterwards. Every loop is conditioned on {@code a >= 0}, which the compiler cannot decide, so that nothing after it
 * counts as unreachable and nothing is optimised away.
 */
interface HostilePrograms {

    HarnessGenerator generator();

    /** The statements that behave so. */
    String body(Behaviour behaviour);

    /** A stdio program: reads a and b, runs {@code body}, prints a + b. */
    String stdio(String body);

    /** A solution of {@code add(a, b)}: runs {@code body}, returns a + b. */
    String function(String body);

    default String source(ProblemKind kind, Behaviour behaviour) {
        return kind == ProblemKind.STDIO ? stdio(body(behaviour)) : function(body(behaviour));
    }

    /** The language's name for test display names. */
    default String name() {
        return generator().languageId();
    }
}

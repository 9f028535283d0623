package dev.codedrill.lang.php;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.InputEncoder;
import dev.codedrill.lang.harness.RunPlan;
import dev.codedrill.lang.harness.StdioPlan;
import dev.codedrill.lang.harness.StderrFilter;
import dev.codedrill.lang.harness.Templates;
import dev.codedrill.lang.harness.TokenReaders;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** PHP: {@code class Solution} in solution.php, required by harness.php. */
public final class PhpHarness implements HarnessGenerator {

    /** The learner's file of a function problem, and of a stdio program. */
    static final String FUNCTION_FILE = "solution.php";
    static final String STDIO_FILE = "main.php";

    /** What the PHP process needs besides the heap memory_limit counts (the binary, its extensions). */
    static final int MEMORY_HEADROOM_MB = 32;

    @Override
    public String languageId() {
        return "php";
    }

    @Override
    public StdioPlan stdio(String source) {
        return new StdioPlan(STDIO_FILE, source, List.of("php", "-l", "main.php"), List.of("php", "main.php"));
    }

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        Signature s = problem.signature();
        String harness = Templates.load(getClass(), "php_function.php", Map.of(
                "FUNCTION", s.name(),
                "READERS", s.params().stream().map(p -> reader(p.type())).collect(Collectors.joining(", ")),
                "WRITER", writer(s.returns()),
                // an in-place function (-> void) is judged on its first argument after the call
                "JUDGED", s.inPlace() ? "$args[0]" : "$result",
                "STDOUT_CAP", Integer.toString(STDOUT_CAP)));
        int memoryMb = Math.max(16, problem.memoryLimitMb() - MEMORY_HEADROOM_MB);
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "harness.php", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", InputEncoder.encode(s, tests).getBytes(StandardCharsets.UTF_8)),
                List.of(), // the harness reports a parse error of solution.php as a compile error
                List.of("sh", "-c", run(memoryMb)),
                "results.jsonl");
    }

    /**
     * Runs harness.php, again from the next test each time a fatal error (the memory limit) ended it after reporting
     * the test it hit (exit code 86), so that the tests after a memory limit still run, as in the other languages.
     * An exit 86 that reported no test (the code's own exit(86)) ends the run.
     */
    static String run(int memoryMb) {
        return ": > results.jsonl; first=0; while :; do php -d memory_limit=" + memoryMb + "M -d display_errors=stderr"
                + " -d log_errors=0 -d error_reporting=-1 harness.php $first; code=$?;"
                + " if [ $code -ne 86 ]; then exit $code; fi; next=$(wc -l < results.jsonl);"
                + " [ \"$next\" -gt \"$first\" ] || exit $code; first=$next; done";
    }

    static String reader(ValueType type) {
        String scalar = TokenReaders.scalar(type);
        return switch (type.dims()) {
            case 0 -> scalar + "()";
            case 1 -> "r_arr('" + scalar + "')";
            default -> "r_arr(fn() => r_arr('" + scalar + "'))";
        };
    }

    static String writer(ValueType type) {
        return switch (type.base()) {
            case LIST_NODE -> "list";
            case TREE_NODE -> "tree";
            default -> type.dims() > 0 ? "array" : "value";
        };
    }
}

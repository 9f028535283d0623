package dev.codedrill.lang.php;

import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.InputEncoder;
import dev.codedrill.lang.harness.RunPlan;
import dev.codedrill.lang.harness.StdioPlan;
import dev.codedrill.lang.harness.StderrFilter;
import dev.codedrill.lang.harness.Templates;
import dev.codedrill.lang.harness.TokenReaders;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PHP: {@code class Solution} (a design problem: the learner's class) in solution.php, required by harness.php, which
 * defines ListNode and TreeNode (and Node where a graph is used).
 */
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
        boolean design = problem.kind() == ProblemKind.DESIGN;
        List<ValueType> types = problem.types();
        boolean graph = types.stream().anyMatch(t -> t.base() == ValueType.Base.GRAPH_NODE);
        String harness = Templates.load(getClass(), "php_harness.php", Map.of(
                // class Node is the harness's only where a graph is used: elsewhere a learner's own Node is theirs
                "GRAPH_CODE", graph ? Templates.load(getClass(), "php_graph.php", Map.of()) : "",
                "GRAPH", Boolean.toString(graph),
                "KIND", design ? designPart(problem.design()) : functionPart(problem.signature()),
                "STDOUT_CAP", Integer.toString(STDOUT_CAP)));
        String input = InputEncoder.encode(problem, tests);
        int memoryMb = Math.max(16, problem.memoryLimitMb() - MEMORY_HEADROOM_MB);
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "harness.php", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", input.getBytes(StandardCharsets.UTF_8),
                WarmRuntime.CLIENT_FILE, WarmRuntime.client().getBytes(StandardCharsets.UTF_8)),
                List.of(), // the harness reports a parse error of solution.php as a compile error
                List.of("sh", "-c", run(memoryMb)),
                "results.jsonl");
    }

    /** The harness's part that calls Solution's method on each test. */
    private String functionPart(Signature s) {
        return Templates.load(getClass(), "php_function.php", Map.of(
                "FUNCTION", s.name(),
                "READERS", readers(s.params()),
                "WRITER", writer(s.returns()),
                // an in-place function (-> void) is judged on its first argument after the call
                "JUDGED", s.inPlace() ? "$args[0]" : "$result"));
    }

    /** The harness's part that replays each test's calls on the design class. */
    private String designPart(DesignClass d) {
        StringBuilder readCases = new StringBuilder();
        StringBuilder writeCases = new StringBuilder();
        for (int k = 0; k < d.methods().size(); k++) {
            DesignClass.Method m = d.methods().get(k);
            readCases.append("        ").append(k).append(" => [").append(readers(m.params())).append("],\n");
            writeCases.append("        ").append(k).append(" => ")
                    .append(m.returnsVoid() ? "null" : "w_" + writer(m.returns()) + "($result)").append(",\n");
        }
        return Templates.load(getClass(), "php_design.php", Map.of(
                "CLASS", d.name(),
                "METHOD_NAMES", d.methods().stream().map(m -> "'" + m.name() + "'").collect(Collectors.joining(", ")),
                "CONSTRUCTOR_READERS", readers(d.constructorParams()),
                "READ_CASES", readCases.toString().stripTrailing(),
                "WRITE_CASES", writeCases.toString().stripTrailing()));
    }

    private static String readers(List<Signature.Param> params) {
        return params.stream().map(p -> reader(p.type())).collect(Collectors.joining(", "));
    }

    /**
     * Runs harness.php, again from the next test each time a fatal error (the memory limit) ended it after reporting
     * the test it hit (exit code 86), so that the tests after a memory limit still run, as in the other languages.
     * An exit 86 that reported no test (the code's own exit(86)) ends the run.
     */
    /**
     * What the warm runtime ({@link PhpSupport#warmRuntime}) stands in for: the first run of the harness, whose
     * settings it applies with ini_set (the memory limit differs per problem). The runs after a fatal error start php.
     */
    static final List<String> WARM_SERVES = List.of("php", "-d");

    static String run(int memoryMb) {
        return ": > results.jsonl; first=0; while :; do " + String.join(" ", WarmRuntime.through(WARM_SERVES))
                + " memory_limit=" + memoryMb + "M -d display_errors=stderr"
                + " -d log_errors=0 -d error_reporting=-1 harness.php $first; code=$?;"
                + " if [ $code -ne 86 ]; then exit $code; fi; next=$(wc -l < results.jsonl);"
                + " [ \"$next\" -gt \"$first\" ] || exit $code; first=$next; done";
    }

    /** The expression that reads a value of the type. */
    static String reader(ValueType type) {
        if (type.isMap()) {
            return "r_map('" + TokenReaders.scalar(type.key()) + "', " + callable(type.value()) + ")";
        }
        String scalar = TokenReaders.scalar(type);
        return switch (type.dims()) {
            case 0 -> scalar + "()";
            case 1 -> "r_arr('" + scalar + "')";
            default -> "r_arr(fn() => r_arr('" + scalar + "'))";
        };
    }

    /** A reader as a callable: {@code 'r_int'}, {@code fn() => r_arr('r_int')}. */
    private static String callable(ValueType type) {
        return type.dims() == 0 && !type.isMap() ? "'" + TokenReaders.scalar(type) + "'" : "fn() => " + reader(type);
    }

    /** The writer of a returned value: w_list, w_lists, w_tree, w_trees, w_graph, w_map, w_array or w_value. */
    static String writer(ValueType type) {
        String writer = TokenReaders.writer(type);
        return writer.equals("value") && type.dims() > 0 ? "array" : writer;
    }
}

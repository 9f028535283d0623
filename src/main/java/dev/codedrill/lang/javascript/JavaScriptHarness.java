package dev.codedrill.lang.javascript;

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
 * JavaScript (Node.js): a top-level {@code function NAME} in solution.js (a design problem: the problem's class),
 * loaded by harness.js into the global scope with {@code vm.runInThisContext} so that errors name solution.js lines.
 * harness.js is javascript_common.js (the worker, the readers, the writers, the loop over the tests) followed by
 * javascript_function.js or javascript_design.js.
 */
public final class JavaScriptHarness implements HarnessGenerator {

    /** The learner's file of a function problem, and of a stdio program. */
    static final String FUNCTION_FILE = "solution.js";
    static final String STDIO_FILE = "main.js";

    /** V8's stack for a stdio program, in KB: the main thread has 8 MB (ulimit -s); leave room for native frames. */
    static final int STACK_KB = 6 * 1024;
    /** The stack of the worker thread that runs a function problem's tests. */
    static final int WORKER_STACK_MB = 64;
    /** What the Node process needs besides the JavaScript heap (code, buffers, the runtime itself). */
    static final int HEAP_HEADROOM_MB = 80;

    /** The heap of the tests' worker for a problem's memory limit: the limit less room for the process around it. */
    static int heapMb(int memoryLimitMb) {
        return Math.max(32, memoryLimitMb - HEAP_HEADROOM_MB);
    }
    /**
     * Runs main.js as the main module after making stdout blocking: Node writes to a pipe asynchronously once it is
     * full, so a program printing in a loop that never yields would pile its output up in memory instead of
     * writing it (and never reach the output limit).
     */
    static final String STDIO_PRELUDE = "const h = process.stdout._handle; if (h && h.setBlocking) h.setBlocking(true);"
            + " process.argv[1] = require('path').resolve(process.argv[1]); require('module').runMain();";

    /**
     * Runs harness.js keeping its stderr readable: a single allocation past the heap limit aborts the whole process
     * with "JavaScript heap out of memory" followed by a long native backtrace, which would push the message out of
     * the tail of stderr the judge reads; the backtrace lines are dropped. The harness writes nothing to stdout.
     */
    /** How a function problem's harness starts; the warm runtime ({@link JavaScriptSupport#warmRuntime}) stands in. */
    static final List<String> FUNCTION_NODE = List.of("node", "harness.js");
    static final String FUNCTION_RUN = StderrFilter.around(String.join(" ", WarmRuntime.through(FUNCTION_NODE))
            + "; code=$?", "grep -v '^ *[0-9][0-9]*: 0x'");

    @Override
    public String languageId() {
        return "javascript";
    }

    @Override
    public StdioPlan stdio(String source) {
        return new StdioPlan(STDIO_FILE, source, List.of("node", "--check", "main.js"),
                List.of("node", "--stack-size=" + STACK_KB, "-e", STDIO_PRELUDE, "main.js"));
    }

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        String main;
        String input;
        if (problem.kind() == ProblemKind.DESIGN) {
            DesignClass d = problem.design();
            main = Templates.load(getClass(), "javascript_design.js", Map.of(
                    "CLASS", d.name(),
                    "CONSTRUCTOR_READERS", readers(d.constructorParams()),
                    "METHODS", d.methods().stream().map(m -> "['" + m.name() + "', () => [" + readers(m.params())
                            + "], " + (m.returnsVoid() ? "null" : "w_" + TokenReaders.writer(m.returns())) + "]")
                            .collect(Collectors.joining(", "))));
            input = InputEncoder.encode(d, tests);
        } else {
            Signature s = problem.signature();
            main = Templates.load(getClass(), "javascript_function.js", Map.of(
                    "FUNCTION", s.name(),
                    "READERS", readers(s.params()),
                    "WRITER", TokenReaders.writer(s.returns()),
                    // an in-place function (-> void) is judged on its first argument after the call
                    "JUDGED", s.inPlace() ? "args[0]" : "result"));
            input = InputEncoder.encode(s, tests);
        }
        String harness = Templates.load(getClass(), "javascript_common.js", Map.of(
                "STDOUT_CAP", Integer.toString(STDOUT_CAP),
                "HEAP_MB", Integer.toString(heapMb(problem.memoryLimitMb())),
                "STACK_MB", Integer.toString(WORKER_STACK_MB))) + main;
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "harness.js", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", input.getBytes(StandardCharsets.UTF_8),
                WarmRuntime.CLIENT_FILE, WarmRuntime.client().getBytes(StandardCharsets.UTF_8)),
                List.of(), // the harness compiles solution.js first and reports a syntax error as a compile error
                List.of("sh", "-c", FUNCTION_RUN),
                "results.jsonl");
    }

    private static String readers(List<Signature.Param> params) {
        return params.stream().map(p -> reader(p.type())).collect(Collectors.joining(", "));
    }

    /** The expression that reads one value of the type (a map's: r_map with its key's and its value's readers). */
    static String reader(ValueType type) {
        if (type.isMap()) {
            String value = type.value().dims() == 0 ? TokenReaders.scalar(type.value())
                    : "() => " + reader(type.value());
            return "r_map(" + TokenReaders.scalar(type.key()) + ", " + value + ")";
        }
        String scalar = TokenReaders.scalar(type);
        return switch (type.dims()) {
            case 0 -> scalar + "()";
            case 1 -> "r_arr(" + scalar + ")";
            default -> "r_arr(() => r_arr(" + scalar + "))";
        };
    }
}

package dev.codedrill.lang.python;

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
 * Python: {@code class Solution} in solution.py (a design problem: the problem's class), called by harness.py, which
 * compiles solution.py first and reports a syntax error as a compile error (one process fewer than a separate check).
 * harness.py is python_common.py (the readers, the writers, the loop over the tests) followed by python_function.py
 * or python_design.py.
 */
public final class PythonHarness implements HarnessGenerator {

    /** The learner's file of a function problem, and of a stdio program. */
    static final String FUNCTION_FILE = "solution.py";
    /** How a function problem's harness runs; the warm runtime ({@link PythonSupport#warmRuntime}) stands in for it. */
    static final List<String> FUNCTION_RUN = List.of("python3", "-u", "harness.py");
    static final String STDIO_FILE = "main.py";

    /** Syntax errors come out as a compile error with their line, before any test runs. */
    static List<String> syntaxCheck(String file) {
        return List.of("python3", "-c", "import ast,sys\ntry:\n ast.parse(open('" + file + "','rb').read(),'" + file
                + "')\nexcept SyntaxError as e:\n print(f'" + file + ":{e.lineno}:{e.offset}: {e.msg}',file=sys.stderr)\n"
                + " sys.exit(1)");
    }

    @Override
    public String languageId() {
        return "python";
    }

    @Override
    public StdioPlan stdio(String source) {
        return new StdioPlan(STDIO_FILE, source, syntaxCheck(STDIO_FILE), List.of("python3", STDIO_FILE));
    }

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        String main;
        String input;
        if (problem.kind() == ProblemKind.DESIGN) {
            DesignClass d = problem.design();
            main = Templates.load(getClass(), "python_design.py", Map.of(
                    "CLASS", d.name(),
                    "CONSTRUCTOR_READERS", readers(d.constructorParams()),
                    "METHODS", d.methods().stream().map(m -> "(\"" + m.name() + "\", lambda: [" + readers(m.params())
                            + "], " + (m.returnsVoid() ? "None" : "w_" + TokenReaders.writer(m.returns())) + ")")
                            .collect(Collectors.joining(", "))));
            input = InputEncoder.encode(d, tests);
        } else {
            Signature s = problem.signature();
            main = Templates.load(getClass(), "python_function.py", Map.of(
                    "FUNCTION", s.name(),
                    "READERS", readers(s.params()),
                    "WRITER", TokenReaders.writer(s.returns()),
                    // an in-place function (-> void) is judged on its first argument after the call
                    "JUDGED", s.inPlace() ? "args[0]" : "result"));
            input = InputEncoder.encode(s, tests);
        }
        String harness = Templates.load(getClass(), "python_common.py",
                Map.of("STDOUT_CAP", Integer.toString(STDOUT_CAP))) + main;
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "harness.py", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", input.getBytes(StandardCharsets.UTF_8),
                WarmRuntime.CLIENT_FILE, WarmRuntime.client().getBytes(StandardCharsets.UTF_8)),
                List.of(), WarmRuntime.through(FUNCTION_RUN), "results.jsonl"); // the harness checks the syntax
    }

    private static String readers(List<Signature.Param> params) {
        return params.stream().map(p -> reader(p.type())).collect(Collectors.joining(", "));
    }

    /** The expression that reads one value of the type (a map's: r_map with its key's and its value's readers). */
    static String reader(ValueType type) {
        if (type.isMap()) {
            String value = type.value().dims() == 0 ? TokenReaders.scalar(type.value())
                    : "lambda: " + reader(type.value());
            return "r_map(" + TokenReaders.scalar(type.key()) + ", " + value + ")";
        }
        String scalar = TokenReaders.scalar(type);
        return switch (type.dims()) {
            case 0 -> scalar + "()";
            case 1 -> "r_arr(" + scalar + ")";
            default -> "r_arr(lambda: r_arr(" + scalar + "))";
        };
    }

}

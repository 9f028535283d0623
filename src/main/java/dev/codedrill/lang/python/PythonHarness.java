package dev.codedrill.lang.python;

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

/**
 * Python: {@code class Solution} in solution.py, called by harness.py, which compiles solution.py first and reports a
 * syntax error as a compile error (one process fewer than a separate check).
 */
public final class PythonHarness implements HarnessGenerator {

    /** The learner's file of a function problem, and of a stdio program. */
    static final String FUNCTION_FILE = "solution.py";
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
        Signature s = problem.signature();
        String harness = Templates.load(getClass(), "python_function.py", Map.of(
                "FUNCTION", s.name(),
                "READERS", s.params().stream().map(p -> reader(p.type())).collect(Collectors.joining(", ")),
                "WRITER", TokenReaders.writer(s.returns()),
                // an in-place function (-> void) is judged on its first argument after the call
                "JUDGED", s.inPlace() ? "args[0]" : "result",
                "STDOUT_CAP", Integer.toString(STDOUT_CAP)));
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "harness.py", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", InputEncoder.encode(s, tests).getBytes(StandardCharsets.UTF_8)),
                List.of(), List.of("python3", "-u", "harness.py"), "results.jsonl"); // the harness checks the syntax
    }

    static String reader(ValueType type) {
        String scalar = TokenReaders.scalar(type);
        return switch (type.dims()) {
            case 0 -> scalar + "()";
            case 1 -> "r_arr(" + scalar + ")";
            default -> "r_arr(lambda: r_arr(" + scalar + "))";
        };
    }

}

package dev.codedrill.lang.go;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go: a top-level {@code func NAME} in solution.go (package main), built together with harness.go, which declares
 * ListNode, TreeNode and main.
 */
public final class GoHarness implements HarnessGenerator {

    /** The learner's file of a function problem, and of a stdio program. */
    static final String FUNCTION_FILE = "solution.go";
    static final String STDIO_FILE = "main.go";

    /**
     * Runs the built harness keeping its stderr readable: a fatal error (a stack overflow, a panic in a goroutine of
     * the user's) prints every goroutine's stack after the message, which would push the message out of the tail
     * of stderr the judge reads; the stacks are dropped. The harness writes nothing to stdout. A harness that ended
     * after reporting a test whose prints flooded (exit code 86) is started again from the next test; one that exits
     * 86 without having reported its test (the code's own os.Exit(86)) is not.
     */
    static final String RUN = StderrFilter.around(": > results.jsonl; first=0; while :; do ./solution $first; code=$?;"
            + " [ $code -eq 86 ] || break; next=$(wc -l < results.jsonl); [ \"$next\" -gt \"$first\" ] || break;"
            + " first=$next; done", "sed -e '/^runtime stack:/,$d' -e '/^goroutine [0-9]/,$d'");

    /** Without the symbol table and DWARF: a third smaller (it travels back and forth for the compile cache). */
    static final String LDFLAGS = "-ldflags=-s -w";

    @Override
    public String languageId() {
        return "go";
    }

    @Override
    public StdioPlan stdio(String source) {
        return new StdioPlan(STDIO_FILE, source, List.of("go", "build", LDFLAGS, "-o", "main", "main.go"),
                List.of("./main"), List.of("main"));
    }

    /**
     * Builds solution.go with harness.go; a misnamed function shows up as "undefined: NAME" in harness.go, which
     * gets a clear message in front of the compiler's.
     */
    static List<String> build(String function) {
        return List.of("sh", "-c", "go build '" + LDFLAGS + "' -o solution solution.go harness.go 2> build.txt; code=$?;"
                + " if grep -q 'harness.go:.*undefined: " + function + "$' build.txt; then"
                + " echo 'no function " + function + ": keep the name of the starter code' >&2; fi;"
                + " cat build.txt >&2; exit $code");
    }

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        Signature s = problem.signature();
        StringBuilder readArgs = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < s.params().size(); i++) {
            readArgs.append("\t\tcodedrillArg").append(i).append(" := ").append(reader(s.params().get(i).type()))
                    .append('\n');
            args.add("codedrillArg" + i);
        }
        long memoryBytes = problem.memoryLimitMb() * 1024L * 1024L;
        String harness = Templates.load(getClass(), "go_function.go", Map.of(
                "READ_ARGS", readArgs.toString().stripTrailing(),
                "CALL", call(s.name(), String.join(", ", args), s.inPlace()),
                "STDOUT_CAP", Integer.toString(STDOUT_CAP),
                // a runaway recursion ends as "stack overflow" well before the memory limit kills the process
                "MAX_STACK_BYTES", Long.toString(memoryBytes / 4),
                // the collector works harder as the heap nears the limit
                "SOFT_MEMORY_BYTES", Long.toString(memoryBytes * 7 / 8)));
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "harness.go", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", InputEncoder.encode(s, tests).getBytes(StandardCharsets.UTF_8)),
                build(s.name()), List.of("sh", "-c", RUN), "results.jsonl", List.of("solution"));
    }

    /**
     * The body of the function that runs one test and gives the judged value as JSON: the function's result, or for an
     * in-place function (no result) its first argument after the call; a slice shares its backing array with the
     * caller, a node is a pointer, so the function's changes are seen here.
     */
    static String call(String function, String args, boolean inPlace) {
        if (inPlace) {
            return "\t\t\t" + function + "(" + args + ")\n\t\t\treturn codedrillJSON(codedrillArg0)";
        }
        return "\t\t\treturn codedrillJSON(" + function + "(" + args + "))";
    }

    static String goType(ValueType type) {
        String scalar = switch (type.base()) {
            case INT -> "int";
            case LONG -> "int64";
            case DOUBLE -> "float64";
            case BOOL -> "bool";
            case STRING -> "string";
            case LIST_NODE -> "*ListNode";
            case TREE_NODE -> "*TreeNode";
            default -> throw new UnsupportedOperationException("PENDING: " + type.base());
        };
        return "[]".repeat(type.dims()) + scalar;
    }

    static String reader(ValueType type) {
        String scalar = switch (type.base()) {
            case INT -> "codedrillInt";
            case LONG -> "codedrillInt64";
            case DOUBLE -> "codedrillFloat";
            case BOOL -> "codedrillBool";
            case STRING -> "codedrillString";
            case LIST_NODE -> "codedrillList";
            case TREE_NODE -> "codedrillTree";
            default -> throw new UnsupportedOperationException("PENDING: " + type.base());
        };
        return switch (type.dims()) {
            case 0 -> scalar + "()";
            case 1 -> "codedrillArr(" + scalar + ")";
            default -> "codedrillArr(func() " + goType(type.element()) + " { return codedrillArr(" + scalar + ") })";
        };
    }
}

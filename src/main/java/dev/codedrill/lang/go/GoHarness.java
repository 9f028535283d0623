package dev.codedrill.lang.go;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go: a top-level {@code func NAME} in solution.go (package main), or for a design problem a type with
 * {@code func Constructor(...) TYPE} and exported methods (LeetCode's Go), built together with harness.go, which
 * declares ListNode, TreeNode, main, and Node when the problem has a GraphNode.
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

    /**
     * Builds {@code out} from the package main of {@code files} with the compiler and the linker themselves (Go 1.19's
     * standard library is installed compiled): about 430 ms where {@code go build}, which first checks every package
     * it depends on, takes 680. The compiler's messages (which it prints on its stdout) go to build.txt. Should the link fail (a package that needs cgo
     * and so the external linker), {@code go build} builds it instead, its messages in build.txt.
     */
    static String buildCommand(String out, String files) {
        return "go tool compile -p main -complete -o .codedrill-main.a " + files + " > build.txt 2>&1; code=$?;"
                + " if [ $code -eq 0 ]; then go tool link -s -w -o " + out + " .codedrill-main.a > build.txt 2>&1"
                + " || go build '" + LDFLAGS + "' -o " + out + " " + files + " > build.txt 2>&1; code=$?; fi;"
                + " rm -f .codedrill-main.a;";
    }

    @Override
    public String languageId() {
        return "go";
    }

    @Override
    public StdioPlan stdio(String source) {
        return new StdioPlan(STDIO_FILE, source, List.of("sh", "-c", buildCommand("main", "main.go")
                + " cat build.txt >&2; exit $code"), List.of("./main"), List.of("main"));
    }

    /**
     * Builds solution.go with harness.go; a misnamed function shows up as "undefined: NAME" in harness.go, which
     * gets a clear message in front of the compiler's.
     */
    static List<String> build(String function) {
        return List.of("sh", "-c", buildCommand("solution", "solution.go harness.go")
                + " if grep -q 'harness.go:.*undefined: " + function + "$' build.txt; then"
                + " echo 'no function " + function + ": keep the name of the starter code' >&2; fi;"
                + " cat build.txt >&2; exit $code");
    }

    /**
     * Builds a design problem's solution.go with harness.go; a misnamed constructor, type or method shows up as an
     * undefined name in harness.go, and another fault of harness.go's calls (a parameter of another type) as a
     * mismatch there: each gets a clear message in front of the compiler's.
     */
    static List<String> buildDesign(DesignClass design) {
        StringBuilder checks = new StringBuilder(" named=;");
        checks.append(explain("undefined: Constructor$", "no func Constructor: keep the constructor of the starter code, "
                + constructorHeader(design)));
        checks.append(explain("undefined: " + design.name() + "$", "no type " + design.name()
                + ": keep the type name of the starter code"));
        for (DesignClass.Method m : design.methods()) {
            String name = exported(m.name());
            checks.append(explain("codedrillObj." + name + " undefined", "no method " + name + " in type "
                    + design.name() + ": keep the method names of the starter code (exported, capitalised: " + name
                    + ", not " + m.name() + ")"));
        }
        checks.append(" if [ -z \"$named\" ] && grep -q 'harness.go:' build.txt; then echo 'the type "
                + design.name() + " does not fit the calls of the problem: keep the parameter and result types of "
                + "the starter code' >&2; fi;");
        return List.of("sh", "-c", buildCommand("solution", "solution.go harness.go")
                + checks + " cat build.txt >&2; exit $code");
    }

    /** Says {@code message} when a line of harness.go in build.txt has {@code fault} (a grep pattern). */
    private static String explain(String fault, String message) {
        return " if grep -q 'harness.go:.*" + fault + "' build.txt; then echo '" + message + "' >&2; named=1; fi;";
    }

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        boolean design = problem.kind() == ProblemKind.DESIGN;
        List<ValueType> types = problem.types();
        boolean graph = types.stream().anyMatch(t -> t.base() == ValueType.Base.GRAPH_NODE);
        StringBuilder declarations = new StringBuilder();
        if (graph) {
            declarations.append(Templates.load(getClass(), "go_graph.go", Map.of()));
        }
        if (design) {
            declarations.append("\n// the user's type, by the name of the starter code\nvar _ *")
                    .append(problem.design().name()).append('\n');
        }
        // the nodes of each test's input, which a returned graph must not reuse
        String readArgs = (graph ? "\t\tcodedrillGiven = map[*Node]bool{}\n" : "")
                + (design ? designReads(problem.design()) : functionReads(problem.signature()));
        String call = design ? designCall(problem.design())
                : call(problem.signature().name(), functionArgs(problem.signature()), problem.signature().inPlace(),
                problem.signature().returns());
        long memoryBytes = problem.memoryLimitMb() * 1024L * 1024L;
        String harness = Templates.load(getClass(), "go_function.go", Map.of(
                "DECLARATIONS", declarations.toString().strip(),
                "READ_ARGS", readArgs.stripTrailing(),
                "CALL", call,
                "STDOUT_CAP", Integer.toString(STDOUT_CAP),
                // a runaway recursion ends as "stack overflow" well before the memory limit kills the process
                "MAX_STACK_BYTES", Long.toString(memoryBytes / 4),
                // the collector works harder as the heap nears the limit
                "SOFT_MEMORY_BYTES", Long.toString(memoryBytes * 7 / 8)));
        String input = InputEncoder.encode(problem, tests);
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "harness.go", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", input.getBytes(StandardCharsets.UTF_8)),
                design ? buildDesign(problem.design()) : build(problem.signature().name()),
                List.of("sh", "-c", RUN), "results.jsonl", List.of("solution"));
    }

    private static String functionReads(Signature s) {
        StringBuilder readArgs = new StringBuilder();
        for (int i = 0; i < s.params().size(); i++) {
            readArgs.append("\t\tcodedrillArg").append(i).append(" := ").append(reader(s.params().get(i).type()))
                    .append('\n');
        }
        return readArgs.toString();
    }

    private static String functionArgs(Signature s) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < s.params().size(); i++) {
            args.add("codedrillArg" + i);
        }
        return String.join(", ", args);
    }

    /**
     * The body of the function that runs one test and gives the judged value as JSON: the function's result, or for an
     * in-place function (no result) its first argument after the call; a slice shares its backing array with the
     * caller, a node is a pointer, so the function's changes are seen here.
     */
    static String call(String function, String args, boolean inPlace, ValueType returns) {
        if (inPlace) {
            // a graph changed in place is the given one: it is not judged as a copy
            String forget = returns.base() == ValueType.Base.GRAPH_NODE
                    ? "\t\t\tcodedrillGiven = map[*Node]bool{}\n" : "";
            return "\t\t\t" + function + "(" + args + ")\n" + forget + "\t\t\treturn " + json(returns, "codedrillArg0");
        }
        return "\t\t\treturn " + json(returns, function + "(" + args + ")");
    }

    /** The expression that writes {@code value}, of the type, as JSON. */
    static String json(ValueType type, String value) {
        return type.base() == ValueType.Base.GRAPH_NODE ? "codedrillGraphJSON(" + value + ")"
                : "codedrillJSON(" + value + ")";
    }

    /**
     * Reads a design problem's test: its number of calls, the constructor's arguments, then each method call's number
     * and arguments, each argument read by its type's reader into the call's {@code []any}.
     */
    static String designReads(DesignClass design) {
        StringBuilder out = new StringBuilder();
        out.append("\t\tcodedrillCallCount := codedrillInt()\n");
        out.append("\t\tcodedrillNew := ").append(argsRead(design.constructorParams())).append('\n');
        out.append("\t\t_ = codedrillNew // a constructor without parameters does not use it\n");
        out.append("\t\tcodedrillCalls := make([]codedrillMethodCall, codedrillCallCount-1)\n");
        out.append("\t\tfor c := range codedrillCalls {\n");
        out.append("\t\t\tswitch m := codedrillInt(); m {\n");
        for (int i = 0; i < design.methods().size(); i++) {
            out.append("\t\t\tcase ").append(i).append(":\n");
            out.append("\t\t\t\tcodedrillCalls[c] = codedrillMethodCall{m, ")
                    .append(argsRead(design.methods().get(i).params())).append("}\n");
        }
        out.append("\t\t\t}\n\t\t}\n");
        return out.toString();
    }

    private static String argsRead(List<Signature.Param> params) {
        if (params.isEmpty()) {
            return "[]any(nil)";
        }
        StringBuilder out = new StringBuilder("[]any{");
        for (int i = 0; i < params.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(reader(params.get(i).type()));
        }
        return out.append('}').toString();
    }

    /** The arguments of a call, each asserted to its type: {@code args[0].(int), args[1].([]string)}. */
    private static String argsUse(String args, List<Signature.Param> params) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            out.add(args + "[" + i + "].(" + goType(params.get(i).type()) + ")");
        }
        return String.join(", ", out);
    }

    /**
     * Runs a design problem's test: the user's Constructor, then each method by its number, each result written as
     * JSON (null for the constructor and a void method); a panic names the call under way.
     */
    static String designCall(DesignClass design) {
        StringBuilder out = new StringBuilder();
        out.append("\t\t\tcodedrillAt = ").append(quote("in call 1, " + design.name() + ": ")).append('\n');
        out.append("\t\t\tcodedrillObj := Constructor(").append(argsUse("codedrillNew", design.constructorParams()))
                .append(")\n");
        out.append("\t\t\tcodedrillOut := make([]string, 1, len(codedrillCalls)+1)\n");
        out.append("\t\t\tcodedrillOut[0] = \"null\"\n");
        out.append("\t\t\tfor c, codedrillNext := range codedrillCalls {\n");
        out.append("\t\t\t\tswitch codedrillNext.method {\n");
        for (int i = 0; i < design.methods().size(); i++) {
            DesignClass.Method m = design.methods().get(i);
            String invoke = "codedrillObj." + exported(m.name()) + "(" + argsUse("codedrillNext.args", m.params()) + ")";
            out.append("\t\t\t\tcase ").append(i).append(":\n");
            out.append("\t\t\t\t\tcodedrillAt = \"in call \" + strconv.Itoa(c+2) + ")
                    .append(quote(", " + m.name() + ": ")).append('\n');
            if (m.returnsVoid()) {
                out.append("\t\t\t\t\t").append(invoke).append('\n');
                out.append("\t\t\t\t\tcodedrillOut = append(codedrillOut, \"null\")\n");
            } else {
                out.append("\t\t\t\t\tcodedrillOut = append(codedrillOut, ").append(json(m.returns(), invoke))
                        .append(")\n");
            }
        }
        out.append("\t\t\t\t}\n\t\t\t}\n");
        out.append("\t\t\tcodedrillAt = \"\"\n");
        out.append("\t\t\treturn \"[\" + strings.Join(codedrillOut, \",\") + \"]\"");
        return out.toString();
    }

    /** A Go string literal of plain text. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A method's Go name: exported, its first letter capitalised (LeetCode's Go: {@code get} is {@code Get}). */
    static String exported(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code func Constructor(capacity int) LRUCache}. */
    static String constructorHeader(DesignClass design) {
        return "func Constructor(" + params(design.constructorParams()) + ") " + design.name();
    }

    /** {@code capacity int, key string}. */
    static String params(List<Signature.Param> params) {
        List<String> out = new ArrayList<>();
        params.forEach(p -> out.add(p.name() + " " + goType(p.type())));
        return String.join(", ", out);
    }

    /**
     * A type as the learner's code declares it: a char is a byte (LeetCode's Go), a nullable result a pointer
     * ({@code int?}: {@code *int}, nil for none).
     */
    static String goType(ValueType type) {
        if (type.nullable()) {
            return "*" + goType(type.present());
        }
        if (type.isMap()) {
            return "map[" + goType(type.key()) + "]" + goType(type.value());
        }
        String scalar = switch (type.base()) {
            case INT -> "int";
            case LONG -> "int64";
            case DOUBLE -> "float64";
            case BOOL -> "bool";
            case STRING -> "string";
            case CHAR -> "byte";
            case LIST_NODE -> "*ListNode";
            case TREE_NODE -> "*TreeNode";
            case GRAPH_NODE -> "*Node";
            case MAP -> throw new IllegalStateException("a map has a key and a value type");
        };
        return "[]".repeat(type.dims()) + scalar;
    }

    /** The expression that reads a value of the type from the tokens. */
    static String reader(ValueType type) {
        if (type.dims() > 0) {
            return "codedrillArr(" + readerFunction(type.element()) + ")";
        }
        if (type.isMap()) {
            return "codedrillMap(" + readerFunction(type.key()) + ", " + readerFunction(type.value()) + ")";
        }
        return switch (type.base()) {
            case INT -> "codedrillInt()";
            case LONG -> "codedrillInt64()";
            case DOUBLE -> "codedrillFloat()";
            case BOOL -> "codedrillBool()";
            case STRING -> "codedrillString()";
            case CHAR -> "codedrillChar()";
            case LIST_NODE -> "codedrillList()";
            case TREE_NODE -> "codedrillTree()";
            case GRAPH_NODE -> "codedrillGraph()";
            case MAP -> throw new IllegalStateException("a map has a key and a value type");
        };
    }

    /** A function that reads a value of the type: {@code codedrillInt}, {@code func() []int { return ... }}. */
    static String readerFunction(ValueType type) {
        String read = reader(type);
        if (type.dims() == 0 && !type.isMap()) {
            return read.substring(0, read.length() - 2); // the scalar reader itself
        }
        return "func() " + goType(type) + " { return " + read + " }";
    }
}

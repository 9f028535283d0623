package dev.codedrill.lang.cpp;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.InputEncoder;
import dev.codedrill.lang.harness.Prebuilt;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * C++17: {@code class Solution} (a design problem: the problem's class) in solution.cpp, included by main.cpp after
 * the prelude (the standard library, using namespace std, ListNode, TreeNode, and LeetCode's graph {@code Node} where
 * the problem has a graph), so compile errors point at solution.cpp:LINE. A function problem's harness is compiled
 * apart, once per problem (harness.cpp, a {@link Prebuilt} part), and main.cpp holds only the learner's file and the
 * adapter that calls its method; a design problem's main.cpp holds the harness too. A missing class, constructor
 * or method, or a method that cannot return its type, fails a static_assert with a clear message. The tests run in
 * a thread with a big stack; a crash (SIGFPE, SIGSEGV) ends the run and the judge names the signal.
 * <p>
 * A design problem's harness reads each test's calls (the method's number, then its arguments, each read as its
 * declared type by a switch generated here) into steps, then runs the steps in one timed go: the constructor, then
 * each method, writing what each returned ({@code null} for the constructor and a void method).
 */
public final class CppHarness implements HarnessGenerator {

    /** The learner's file of a function problem, and of a stdio program. */
    static final String FUNCTION_FILE = "solution.cpp";
    static final String STDIO_FILE = "main.cpp";

    /** gold links in about 85 ms where the default ld takes 200 (a link flag: the precompiled header still fits). */
    static final List<String> COMPILE = List.of("g++", "-std=c++17", "-O2", "-fuse-ld=gold", "-o", "main", "main.cpp");
    /**
     * The standard library less &lt;future&gt; and &lt;filesystem&gt;, precompiled, in the runner image (made by
     * packaging/images/build-offline-images.sh); an image without it gets bits/stdc++.h.
     */
    public static final String LEAN_LIBRARY = "codedrill/std.h";
    /** Every name &lt;future&gt; and &lt;filesystem&gt; declare: code that uses one gets the whole library. */
    private static final Pattern FULL_LIBRARY_NAMES = Pattern.compile("\\b(?:future|shared_future|promise"
            + "|packaged_task|async|launch|future_status|future_error|future_errc|future_category|filesystem)\\b");
    /** A function problem's harness, compiled once per problem (the judge caches the object). */
    static final String HARNESS_FILE = "harness.cpp";
    static final String HARNESS_OBJECT = "harness.o";
    static final List<String> COMPILE_HARNESS =
            List.of("g++", "-std=c++17", "-O2", "-c", "-o", HARNESS_OBJECT, HARNESS_FILE);
    /** A function problem's compile: the learner's part, linked with the harness's object. */
    static final List<String> LINK =
            List.of("g++", "-std=c++17", "-O2", "-fuse-ld=gold", "-o", "main", "main.cpp", HARNESS_OBJECT);

    @Override
    public String languageId() {
        return "cpp";
    }

    /** The stack of the thread running the tests: far past 10^6 frames, yet well inside the memory limit. */
    static int stackMb(int memoryMb) {
        return Math.max(16, Math.min(256, memoryMb / 4));
    }

    @Override
    public StdioPlan stdio(String source) {
        return new StdioPlan(STDIO_FILE, source, COMPILE, List.of("./main"), List.of("main"));
    }

    /**
     * A function problem, in two parts: harness.cpp (the readers, the writers and the loop over the tests, most of
     * the compile) compiled once per problem into harness.o and cached, and main.cpp (the prelude, the learner's
     * solution.cpp and the call of its method) compiled for each submission and linked with it.
     */
    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        if (problem.kind() == ProblemKind.DESIGN) {
            return design(problem, source, tests);
        }
        Signature s = problem.signature();
        StringBuilder decls = new StringBuilder();
        List<String> params = new ArrayList<>();
        for (int i = 0; i < s.params().size(); i++) {
            String type = cppType(s.params().get(i).type());
            decls.append("        ").append(type).append(" a").append(i).append("; rd(a").append(i).append(");\n");
            params.add(type + " &a" + i);
        }
        String args = arguments(s.params().size());
        String returns = s.inPlace() ? Signature.VOID : cppType(s.returns());
        String callSignature = returns + " call_solution(" + String.join(", ", params) + ")";
        // An in-place function returns void and changes its first argument (the lvalue a0, passed by reference):
        // a0 as the call left it is the value judged.
        String call = s.inPlace()
                ? "call_solution(" + args + ");\n                auto &result = a0;"
                : returns + " result = call_solution(" + args + ");";
        String runTests = Templates.load(getClass(), "cpp_function.cpp", Map.of(
                "CALL_SIGNATURE", callSignature,
                "DECLS", decls.toString().stripTrailing(),
                "CALL", call));
        String harness = harness(problem, prelude(s.types(), null), "", runTests, "run_tests()");
        String adapter = Templates.load(getClass(), "cpp_adapter.cpp", Map.of(
                "PRELUDE", prelude(s.types(), source),
                "FUNCTION", s.name(),
                "DECLVALS", declvals(s.params()),
                "CPP_SIGNATURE", signature(s),
                "IN_PLACE", Boolean.toString(s.inPlace()),
                "RETURNS", returns,
                "PARAMS", String.join(", ", params),
                "ARGUMENTS", args,
                "CALL_SIGNATURE", callSignature));
        byte[] harnessBytes = harness.getBytes(StandardCharsets.UTF_8);
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                HARNESS_FILE, harnessBytes,
                "main.cpp", adapter.getBytes(StandardCharsets.UTF_8),
                RunPlan.INPUT, InputEncoder.encode(s, tests).getBytes(StandardCharsets.UTF_8)),
                LINK, List.of("./main"), "results.jsonl", List.of("main"),
                new Prebuilt(Map.of(HARNESS_FILE, harnessBytes), COMPILE_HARNESS, List.of(HARNESS_OBJECT)));
    }

    /** A design problem: the learner's class replayed call by call. */
    private RunPlan design(Problem problem, String source, List<TestCase> tests) {
        DesignClass d = problem.design();
        String cls = d.name();
        StringBuilder traits = new StringBuilder();
        StringBuilder checks = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < d.methods().size(); i++) {
            DesignClass.Method m = d.methods().get(i);
            String callOf = "std::declval<S &>()." + m.name() + "(" + declvals(m.params()) + ")";
            traits.append("template <class S, class = void> struct callable_").append(i)
                    .append(" : std::false_type {};\n")
                    .append("template <class S>\nstruct callable_").append(i).append("<S, std::void_t<decltype(")
                    .append(callOf).append(")>> : std::true_type {};\n");
            checks.append(" else if constexpr (!callable_").append(i).append("<S>::value) {\n")
                    .append("        static_assert(callable_").append(i).append("<S>::value, \"no method ")
                    .append(m.name()).append(" in class ").append(cls).append(" callable as ")
                    .append(methodSignature(m)).append(": keep the name and the parameters of the starter code, "
                            + "after public:\");\n    }");
            if (!m.returnsVoid()) {
                String converts = "std::is_convertible_v<decltype(" + callOf + "), " + cppType(m.returns()) + ">";
                checks.append(" else if constexpr (!").append(converts).append(") {\n")
                        .append("        static_assert(").append(converts).append(",\n")
                        .append("                      \"the method ").append(m.name()).append(" in class ")
                        .append(cls).append(" must return ").append(cppType(m.returns()))
                        .append(": keep the return type of the starter code, ").append(methodSignature(m))
                        .append("\");\n    }");
            }
            cases.append("                    case ").append(i).append(": {\n")
                    .append(step(m.params(), "object->" + m.name() + "(" + arguments(m.params().size()) + ")",
                            m.returns(), "                        "))
                    .append("                        break;\n                    }\n");
            names.add("    \"" + m.name() + "\"");
        }
        List<String> constructible = new ArrayList<>(List.of("S"));
        d.constructorParams().forEach(p -> constructible.add(cppType(p.type()) + " &"));
        String runTests = Templates.load(getClass(), "cpp_design.cpp", Map.of(
                "CLASS", cls,
                "TRAITS", traits.toString().stripTrailing(),
                "METHOD_NAMES", String.join(",\n", names),
                "CONSTRUCTIBLE", String.join(", ", constructible),
                "CONSTRUCTOR_SIGNATURE", cls + "(" + parameters(d.constructorParams()) + ")",
                "CHECKS", checks.toString(),
                "CONSTRUCTOR", "            {\n" + step(d.constructorParams(),
                        "object.reset(new S(" + arguments(d.constructorParams().size()) + "))", null,
                        "                ") + "            }",
                "CASES", cases.toString().stripTrailing()));
        return plan(problem, source, cls, d.types(), runTests, InputEncoder.encode(d, tests));
    }

    /** The arguments a0, a1, … of a call. */
    private static String arguments(int count) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i).collect(Collectors.joining(", "));
    }

    /**
     * One call as a step: its arguments read (a0, a1, …, as their declared types), then pushed as a lambda that owns
     * them and makes the call, writing what it returned (null when {@code returns} is null: void).
     */
    private static String step(List<Signature.Param> params, String call, ValueType returns, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder captures = new StringBuilder("&object");
        for (int i = 0; i < params.size(); i++) {
            out.append(indent).append(cppType(params.get(i).type())).append(" a").append(i).append(";\n")
                    .append(indent).append("rd(a").append(i).append(");\n");
            captures.append(", a").append(i).append(" = std::move(a").append(i).append(")");
        }
        out.append(indent).append("calls.push_back([").append(captures).append("](std::string &value) mutable {\n");
        if (returns == null) {
            out.append(indent).append("    ").append(call).append(";\n")
                    .append(indent).append("    value += \"null\";\n");
        } else {
            out.append(indent).append("    ").append(cppType(returns)).append(" result = ").append(call).append(";\n")
                    .append(indent).append("    wr(value, result);\n");
        }
        return out.append(indent).append("});\n").toString();
    }

    /** main.cpp of a design problem, in one part: the prelude, the learner's file, the harness and its run_tests. */
    private RunPlan plan(Problem problem, String source, String className, List<ValueType> types, String runTests,
                         String input) {
        String solution = "#include \"solution.cpp\"\n\n// Declared, so that a class the code does not define is found"
                + " incomplete and named (run_tests)\n// rather than failing as an unknown name in the harness.\nclass "
                + className + ";\n";
        String harness =
                harness(problem, prelude(types, source), solution, runTests, "run_tests<::" + className + ">()");
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "main.cpp", harness.getBytes(StandardCharsets.UTF_8),
                RunPlan.INPUT, input.getBytes(StandardCharsets.UTF_8)),
                COMPILE, List.of("./main"), "results.jsonl", List.of("main"));
    }

    /**
     * The prelude of the learner's code: the standard library, std, ListNode, TreeNode, and Node for a graph. The
     * library is the image's {@value #LEAN_LIBRARY} (bits/stdc++.h less &lt;future&gt; and &lt;filesystem&gt;, whose
     * templates cost 130 ms of every compile, precompiled) when the image has it and {@code code} uses no name of those
     * two headers (null: no code, the harness's own part); else bits/stdc++.h.
     */
    private String prelude(List<ValueType> types, String code) {
        boolean lean = code == null || !FULL_LIBRARY_NAMES.matcher(code).find();
        String library = lean
                ? "#if __has_include(<" + LEAN_LIBRARY + ">)\n#include <" + LEAN_LIBRARY + ">\n#else\n"
                        + "#include <bits/stdc++.h>\n#endif"
                : "#include <bits/stdc++.h>";
        return Templates.load(getClass(), "cpp_prelude.cpp", Map.of(
                "STANDARD_LIBRARY", library,
                "GRAPH", types.stream().anyMatch(t -> t.base() == ValueType.Base.GRAPH_NODE) ? "1" : "0"));
    }

    /** The harness: the prelude, {@code solution} (the learner's file, or nothing), the common part, runTests. */
    private String harness(Problem problem, String prelude, String solution, String runTests, String runTestsCall) {
        return Templates.load(getClass(), "cpp_harness.cpp", Map.of(
                "PRELUDE", prelude,
                "SOLUTION", solution,
                "RUN_TESTS", runTests,
                "RUN_TESTS_CALL", runTestsCall,
                "STACK_MB", Integer.toString(stackMb(problem.memoryLimitMb())),
                "STDOUT_CAP", Integer.toString(STDOUT_CAP)));
    }

    private static String declvals(List<Signature.Param> params) {
        return params.stream().map(p -> "std::declval<" + cppType(p.type()) + " &>()")
                .collect(Collectors.joining(", "));
    }

    static String cppType(ValueType type) {
        String t = switch (type.base()) {
            case INT -> "int";
            case LONG -> "long long";
            case DOUBLE -> "double";
            case BOOL -> "bool";
            case STRING -> "string";
            case CHAR -> "char";
            case LIST_NODE -> "ListNode*";
            case TREE_NODE -> "TreeNode*";
            case GRAPH_NODE -> "Node*";
            case MAP -> "unordered_map<" + cppType(type.key()) + ", " + cppType(type.value()) + ">";
        };
        for (int d = 0; d < type.dims(); d++) {
            t = "vector<" + t + ">";
        }
        // a nullable result (int?): std::optional, nullopt written as null
        return type.nullable() ? "optional<" + t + ">" : t;
    }

    /** As the spec shows parameters: arrays and maps by (non-const) reference, the rest by value. */
    static String parameterType(ValueType type) {
        return cppType(type) + (type.dims() > 0 || type.isMap() ? "&" : "");
    }

    /** A parameter list as the starter code declares it: {@code vector<int>& nums, int target}. */
    static String parameters(List<Signature.Param> params) {
        return params.stream().map(p -> parameterType(p.type()) + " " + p.name()).collect(Collectors.joining(", "));
    }

    /** A design class's method as the starter code declares it: {@code void put(int key, int value)}. */
    static String methodSignature(DesignClass.Method m) {
        return (m.returnsVoid() ? Signature.VOID : cppType(m.returns())) + " " + m.name() + "("
                + parameters(m.params()) + ")";
    }

    /**
     * The type of parameter {@code i}: the first one of an in-place function is always a non-const reference
     * ({@code vector<vector<int>>&}, {@code ListNode*&}, {@code int&}), so that its changes reach the caller.
     */
    static String parameterType(Signature s, int i) {
        ValueType type = s.params().get(i).type();
        return s.inPlace() && i == 0 && type.dims() == 0 ? cppType(type) + "&" : parameterType(type);
    }

    /** The learner's method as the starter code declares it: {@code void rotate(vector<vector<int>>& matrix)}. */
    static String signature(Signature s) {
        return (s.inPlace() ? Signature.VOID : cppType(s.returns())) + " " + s.name() + "("
                + IntStream.range(0, s.params().size())
                        .mapToObj(i -> parameterType(s, i) + " " + s.params().get(i).name())
                        .collect(Collectors.joining(", ")) + ")";
    }
}

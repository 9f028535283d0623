package dev.codedrill.lang.cpp;

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
 * C++17: {@code class Solution} in solution.cpp, included by main.cpp between the prelude (bits/stdc++.h, using
 * namespace std, ListNode, TreeNode) and the harness, so compile errors point at solution.cpp:LINE. A misnamed
 * method fails a static_assert with a clear message. The tests run in a thread with a big stack; a crash (SIGFPE,
 * SIGSEGV) ends the run and the judge names the signal.
 */
public final class CppHarness implements HarnessGenerator {

    /** The learner's file of a function problem, and of a stdio program. */
    static final String FUNCTION_FILE = "solution.cpp";
    static final String STDIO_FILE = "main.cpp";

    static final List<String> COMPILE = List.of("g++", "-std=c++17", "-O2", "-o", "main", "main.cpp");

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

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        Signature s = problem.signature();
        StringBuilder decls = new StringBuilder();
        for (int i = 0; i < s.params().size(); i++) {
            decls.append("            ").append(cppType(s.params().get(i).type())).append(" a").append(i)
                    .append("; rd(a").append(i).append(");\n");
        }
        String args = java.util.stream.IntStream.range(0, s.params().size()).mapToObj(i -> "a" + i)
                .collect(Collectors.joining(", "));
        // An in-place function returns void and changes its first argument (the lvalue a0, passed by reference):
        // a0 as the call left it is the value judged.
        String call = s.inPlace()
                ? "solution->" + s.name() + "(" + args + ");\n                auto &result = a0;"
                : cppType(s.returns()) + " result = solution->" + s.name() + "(" + args + ");";
        String harness = Templates.load(getClass(), "cpp_function.cpp", Map.of(
                "FUNCTION", s.name(),
                "DECLS", decls.toString().stripTrailing(),
                "DECLVALS", s.params().stream().map(p -> "std::declval<" + cppType(p.type()) + " &>()")
                        .collect(Collectors.joining(", ")),
                "CPP_SIGNATURE", signature(s),
                "IN_PLACE", Boolean.toString(s.inPlace()),
                "CALL", call,
                "STACK_MB", Integer.toString(stackMb(problem.memoryLimitMb())),
                "STDOUT_CAP", Integer.toString(STDOUT_CAP)));
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "main.cpp", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", InputEncoder.encode(s, tests).getBytes(StandardCharsets.UTF_8)),
                COMPILE, List.of("./main"), "results.jsonl", List.of("main"));
    }

    static String cppType(ValueType type) {
        String t = switch (type.base()) {
            case INT -> "int";
            case LONG -> "long long";
            case DOUBLE -> "double";
            case BOOL -> "bool";
            case STRING -> "string";
            case LIST_NODE -> "ListNode*";
            case TREE_NODE -> "TreeNode*";
            default -> throw new UnsupportedOperationException("PENDING: " + type.base());
        };
        for (int d = 0; d < type.dims(); d++) {
            t = "vector<" + t + ">";
        }
        return t;
    }

    /** As the spec shows parameters: arrays by reference, the rest by value. */
    static String parameterType(ValueType type) {
        return cppType(type) + (type.dims() > 0 ? "&" : "");
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
                + java.util.stream.IntStream.range(0, s.params().size())
                        .mapToObj(i -> parameterType(s, i) + " " + s.params().get(i).name())
                        .collect(Collectors.joining(", ")) + ")";
    }
}

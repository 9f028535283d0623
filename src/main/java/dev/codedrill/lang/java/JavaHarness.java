package dev.codedrill.lang.java;

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
 * Java: {@code class Solution} in Solution.java, the predefined ListNode and TreeNode in their own files, and
 * Main.java, the harness, which finds the method by reflection (a misnamed method is a clear message, not a compile
 * error in the harness) and runs every test in a thread with a big stack. The heap is sized under the memory limit
 * so that a memory hog gets an OutOfMemoryError (caught per test) before the container's OOM killer steps in.
 */
public final class JavaHarness implements HarnessGenerator {

    /** The learner's file of a function problem, and of a stdio program. */
    static final String FUNCTION_FILE = "Solution.java";
    static final String STDIO_FILE = "Main.java";

    static final String LIST_NODE = """
            public class ListNode {
                public int val;
                public ListNode next;

                public ListNode() {
                }

                public ListNode(int val) {
                    this.val = val;
                }

                public ListNode(int val, ListNode next) {
                    this.val = val;
                    this.next = next;
                }
            }
            """;

    static final String TREE_NODE = """
            public class TreeNode {
                public int val;
                public TreeNode left;
                public TreeNode right;

                public TreeNode() {
                }

                public TreeNode(int val) {
                    this.val = val;
                }

                public TreeNode(int val, TreeNode left, TreeNode right) {
                    this.val = val;
                    this.left = left;
                    this.right = right;
                }
            }
            """;

    /** JVM options that keep it lean in a small container: a serial collector, no perf data file in /tmp. */
    private static final List<String> JVM = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData");

    @Override
    public String languageId() {
        return "java";
    }

    /** The heap for a memory limit: what the JVM itself, its threads and a deep stack need is left over. */
    static int heapMb(int memoryMb) {
        return Math.max(memoryMb / 2, memoryMb - 96);
    }

    /** The stack of the thread running the tests: deep recursion (10^5-10^6 frames) works. */
    static int stackMb(int memoryMb) {
        return Math.max(16, Math.min(64, memoryMb / 8));
    }

    /**
     * A class-data-sharing archive of javac's own classes, which the offline runner image carries (made by
     * packaging/images/build-offline-images.sh with the options below): javac starts in about half the time. A JVM
     * that finds no archive there, or one made by another JDK, starts without it and says nothing.
     */
    public static final String JAVAC_ARCHIVE = "/opt/codedrill/javac.jsa";

    static List<String> javac(String... files) {
        List<String> cmd = new java.util.ArrayList<>(List.of("javac", "-encoding", "UTF-8", "-J-XX:+UseSerialGC",
                "-J-XX:-UsePerfData", "-J-XX:TieredStopAtLevel=1", "-J-XX:SharedArchiveFile=" + JAVAC_ARCHIVE));
        cmd.addAll(List.of(files));
        return cmd;
    }

    /** A stdio program under the judge's default memory limit (256 MB). */
    @Override
    public StdioPlan stdio(String source) {
        return stdio(source, 256);
    }

    /** The heap follows the problem's memory limit, so that running out of it is an OutOfMemoryError. */
    @Override
    public StdioPlan stdio(String source, int memoryMb) {
        List<String> run = new java.util.ArrayList<>(List.of("java", "-Xss64m", "-Xmx" + heapMb(memoryMb) + "m"));
        run.addAll(JVM);
        run.addAll(List.of("-cp", "classes", "Main"));
        return new StdioPlan(STDIO_FILE, source, javac("-d", "classes", "Main.java"), run, List.of("classes"));
    }

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        Signature s = problem.signature();
        int memoryMb = problem.memoryLimitMb();
        // An in-place function returns void: its first argument, as the call left it, is the value judged.
        String returnType = s.inPlace() ? Signature.VOID : javaType(s.returns());
        String harness = Templates.load(getClass(), "java_function.java", Map.of(
                "FUNCTION", s.name(),
                "READERS", s.params().stream().map(p -> reader(p.type())).collect(Collectors.joining(", ")),
                "PARAM_TYPES", s.params().stream().map(p -> javaType(p.type()) + ".class")
                        .collect(Collectors.joining(", ")),
                "RETURN_TYPE", returnType,
                "JAVA_SIGNATURE", "public " + returnType + " " + s.name() + "("
                        + s.params().stream().map(p -> javaType(p.type()) + " " + p.name())
                        .collect(Collectors.joining(", ")) + ")",
                "CALL", s.inPlace()
                        ? "method.invoke(constructor.newInstance(), args);\n                Object result = args[0];"
                        : "Object result = method.invoke(constructor.newInstance(), args);",
                "WRITER", writer(s.returns()),
                "STACK_MB", Integer.toString(stackMb(memoryMb)),
                "STDOUT_CAP", Integer.toString(STDOUT_CAP)));
        List<String> compile = javac("-d", "classes", "Solution.java", "ListNode.java", "TreeNode.java", "Main.java");
        List<String> run = new java.util.ArrayList<>(List.of("java", "-Xss" + stackMb(memoryMb) + "m",
                "-Xmx" + heapMb(memoryMb) + "m"));
        run.addAll(JVM);
        run.addAll(List.of("-cp", "classes", "Main"));
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "ListNode.java", LIST_NODE.getBytes(StandardCharsets.UTF_8),
                "TreeNode.java", TREE_NODE.getBytes(StandardCharsets.UTF_8),
                "Main.java", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", InputEncoder.encode(s, tests).getBytes(StandardCharsets.UTF_8)),
                compile, run, "results.jsonl", List.of("classes"));
    }

    static String javaType(ValueType type) {
        String scalar = switch (type.base()) {
            case INT -> "int";
            case LONG -> "long";
            case DOUBLE -> "double";
            case BOOL -> "boolean";
            case STRING -> "String";
            case LIST_NODE -> "ListNode";
            case TREE_NODE -> "TreeNode";
            default -> throw new UnsupportedOperationException("PENDING: " + type.base());
        };
        return scalar + "[]".repeat(type.dims());
    }

    static String reader(ValueType type) {
        String scalar = switch (type.base()) {
            case INT -> "Int";
            case LONG -> "Long";
            case DOUBLE -> "Double";
            case BOOL -> "Bool";
            case STRING -> "String";
            case LIST_NODE -> "List";
            case TREE_NODE -> "Tree";
            default -> throw new UnsupportedOperationException("PENDING: " + type.base());
        };
        return "r" + scalar + "Arr".repeat(type.dims()) + "()";
    }

    /** Writes {@code result} (an Object from the reflective call) as JSON into {@code value}. */
    static String writer(ValueType type) {
        String cast = type.dims() > 0 || type.base() == ValueType.Base.STRING || type.base().node()
                ? "(" + javaType(type) + ") result"
                : "(" + javaType(type) + ") (" + switch (type.base()) {
                    case INT -> "Integer";
                    case LONG -> "Long";
                    case DOUBLE -> "Double";
                    default -> "Boolean";
                } + ") result";
        return "w(value, " + cast + ")";
    }
}

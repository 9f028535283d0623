package dev.codedrill.lang.java;

import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.InputEncoder;
import dev.codedrill.lang.harness.RunPlan;
import dev.codedrill.lang.harness.StdioPlan;
import dev.codedrill.lang.harness.StderrFilter;
import dev.codedrill.lang.harness.Templates;
import dev.codedrill.lang.harness.TokenReaders;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Java: {@code class Solution} (a design problem: the learner's class, not public) in Solution.java, the predefined
 * ListNode and TreeNode (and Node where a graph is used) in their own files, and Main.java, the harness, which finds
 * the method, or the class's constructor and methods, by reflection (a misnamed method is a clear message, not a
 * compile error in the harness) and runs every test in a thread with a big stack. The heap is sized under the memory limit
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

    /** LeetCode's Node of a graph (Clone Graph): its value and its neighbours. */
    static final String GRAPH_NODE = """
            import java.util.ArrayList;
            import java.util.List;

            public class Node {
                public int val;
                public List<Node> neighbors;

                public Node() {
                    this.val = 0;
                    this.neighbors = new ArrayList<Node>();
                }

                public Node(int val) {
                    this.val = val;
                    this.neighbors = new ArrayList<Node>();
                }

                public Node(int val, ArrayList<Node> neighbors) {
                    this.val = val;
                    this.neighbors = neighbors;
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

    /** javac with its launcher's options: what the warm compiler ({@link #warmCompiler}) stands in for. */
    static final List<String> JAVAC = List.of("javac", "-encoding", "UTF-8", "-J-XX:+UseSerialGC",
            "-J-XX:-UsePerfData", "-J-XX:TieredStopAtLevel=1", "-J-XX:SharedArchiveFile=" + JAVAC_ARCHIVE);

    static List<String> javac(String... files) {
        List<String> cmd = new java.util.ArrayList<>(JAVAC);
        cmd.addAll(List.of(files));
        return cmd;
    }

    /** The solution the warm compiler compiles, with its harness, while it warms up. */
    private static final String WARM_UP_SOLUTION = """
            import java.util.*;

            class Solution {
                public int[] warmUp(int[] nums, String[] words, int target) {
                    Map<Integer, Integer> seen = new HashMap<>();
                    for (int i = 0; i < nums.length; i++) {
                        Integer j = seen.get(target - nums[i]);
                        if (j != null) {
                            return new int[] {j, i};
                        }
                        seen.put(nums[i], i);
                    }
                    return new int[] {words.length};
                }
            }
            """;

    /**
     * A JVM that compiles a function problem's sources (javac's classes loaded, and warmed up on a harness like
     * theirs): the resource java_warm.java, run by the source launcher, with the warm-up files as its arguments. It
     * runs at the lowest priority: a run of cached classes in the container while it warms up (Run pressed again at
     * once) takes the container's CPU first.
     */
    static WarmRuntime warmCompiler() {
        Problem sample = new Problem("warm-up", "Warm-up", Difficulty.EASY, List.of(), ProblemKind.FUNCTION,
                Signature.parse("warmUp(nums: int[], words: string[], target: int) -> int[]"), ComparatorSpec.EXACT,
                2000, ProblemLoader.DEFAULT_MEMORY_LIMIT_MB, "", List.of(), Path.of("."));
        String server = WarmRuntime.DIR + "/java_warm.java";
        List<String> command = new ArrayList<>(List.of("sh", "-c", "printf '%s' \"$0\" > " + server
                + " && exec nice -n 19 java -XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="
                + JAVAC_ARCHIVE + " " + server + " \"$@\"", Templates.load(JavaHarness.class, "java_warm.java",
                Map.of())));
        new JavaHarness().function(sample, WARM_UP_SOLUTION, List.of()).files().forEach((name, content) -> {
            if (name.endsWith(".java")) {
                command.add(name);
                command.add(new String(content, StandardCharsets.UTF_8));
            }
        });
        return new WarmRuntime(JAVAC, command);
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
        return new StdioPlan(STDIO_FILE, source, WarmRuntime.throughInline(javac("-d", "classes", "Main.java")), run,
                List.of("classes"));
    }

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        int memoryMb = problem.memoryLimitMb();
        boolean design = problem.kind() == ProblemKind.DESIGN;
        boolean graph = problem.types().stream().anyMatch(t -> t.base() == ValueType.Base.GRAPH_NODE);
        String harness = Templates.load(getClass(), "java_harness.java", Map.of(
                "GRAPH", graph ? Templates.load(getClass(), "java_graph.java", Map.of()) : "",
                "KIND", design ? designPart(problem.design()) : functionPart(problem.signature()),
                "STACK_MB", Integer.toString(stackMb(memoryMb)),
                "STDOUT_CAP", Integer.toString(STDOUT_CAP)));
        String input = InputEncoder.encode(problem, tests);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8));
        files.put("ListNode.java", LIST_NODE.getBytes(StandardCharsets.UTF_8));
        files.put("TreeNode.java", TREE_NODE.getBytes(StandardCharsets.UTF_8));
        // Node is predefined only where the problem takes or returns a graph: elsewhere a learner's own class Node
        // (a linked list's, a cache's) is theirs
        if (graph) {
            files.put("Node.java", GRAPH_NODE.getBytes(StandardCharsets.UTF_8));
        }
        files.put("Main.java", harness.getBytes(StandardCharsets.UTF_8));
        files.put("input.txt", input.getBytes(StandardCharsets.UTF_8));
        files.put(WarmRuntime.CLIENT_FILE, WarmRuntime.client().getBytes(StandardCharsets.UTF_8));
        List<String> compile = WarmRuntime.through(graph
                ? javac("-d", "classes", "Solution.java", "ListNode.java", "TreeNode.java", "Node.java", "Main.java")
                : javac("-d", "classes", "Solution.java", "ListNode.java", "TreeNode.java", "Main.java"));
        return new RunPlan(Map.copyOf(files), compile, WarmRuntime.through(functionRun(memoryMb)), "results.jsonl",
                List.of("classes"));
    }

    /** How the harness of a function or design problem runs: a JVM sized for the memory limit. */
    static List<String> functionRun(int memoryMb) {
        List<String> run = new ArrayList<>(jvm(memoryMb));
        run.addAll(List.of("-cp", "classes", "Main"));
        return run;
    }

    /** {@code java} with the options of a run under the memory limit: its stack, its heap, a lean collector. */
    private static List<String> jvm(int memoryMb) {
        List<String> java = new ArrayList<>(List.of("java", "-Xss" + stackMb(memoryMb) + "m",
                "-Xmx" + heapMb(memoryMb) + "m"));
        java.addAll(JVM);
        return java;
    }

    /**
     * A JVM started ahead of a function or design problem's run, with the run's options for the default memory limit
     * (most problems'): {@link WarmJvm}, whose class file the starting command writes into the runtime's folder
     * first. A run under another limit starts its JVM as usual.
     */
    static WarmRuntime warmRun() {
        String classFile = WarmJvm.class.getName().replace('.', '/') + ".class";
        byte[] bytes;
        try (java.io.InputStream in = WarmJvm.class.getResourceAsStream("/" + classFile)) {
            bytes = java.util.Objects.requireNonNull(in, classFile).readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the warm JVM's class file is missing from the app", e);
        }
        String classes = WarmRuntime.RUN_DIR + "/classes";
        String target = classes + "/" + classFile;
        List<String> start = new ArrayList<>(jvm(ProblemLoader.DEFAULT_MEMORY_LIMIT_MB));
        start.addAll(List.of("-cp", classes, WarmJvm.class.getName(), WarmRuntime.RUN_DIR));
        String script = "mkdir -p " + target.substring(0, target.lastIndexOf('/'))
                + " && printf '%s' \"$0\" | base64 -d > " + target + " && exec " + String.join(" ", start);
        return new WarmRuntime(WarmRuntime.RUN_DIR, functionRun(ProblemLoader.DEFAULT_MEMORY_LIMIT_MB),
                List.of("sh", "-c", script, java.util.Base64.getEncoder().encodeToString(bytes)));
    }

    /** The harness's part that finds Solution's method and calls it on each test. */
    private String functionPart(Signature s) {
        // An in-place function returns void: its first argument, as the call left it, is the value judged.
        String returnType = s.inPlace() ? Signature.VOID : rawType(s.returns());
        return Templates.load(getClass(), "java_function.java", Map.of(
                "FUNCTION", s.name(),
                "READERS", readers(s.params()),
                "PARAM_TYPES", reflectedNames(s.params()),
                "RETURN_TYPE", returnType,
                "JAVA_SIGNATURE", "public " + (s.inPlace() ? Signature.VOID : javaType(s.returns())) + " " + s.name()
                        + "(" + declared(s.params()) + ")",
                "CALL", s.inPlace()
                        ? "method.invoke(constructor.newInstance(), args);\n                Object result = args[0];"
                        : "Object result = method.invoke(constructor.newInstance(), args);",
                "WRITER", writer(s.returns())));
    }

    /** The harness's part that finds the design class, its constructor and methods, and replays each test's calls. */
    private String designPart(DesignClass d) {
        List<DesignClass.Method> methods = d.methods();
        StringBuilder readCases = new StringBuilder();
        StringBuilder writeCases = new StringBuilder();
        for (int k = 0; k < methods.size(); k++) {
            DesignClass.Method m = methods.get(k);
            readCases.append("            case ").append(k).append(": return new Object[] { ")
                    .append(readers(m.params())).append(" };\n");
            writeCases.append("            case ").append(k).append(": ")
                    .append(m.returnsVoid() ? "value.append(\"null\")" : writer(m.returns())).append("; break;\n");
        }
        return Templates.load(getClass(), "java_design.java", Map.ofEntries(
                Map.entry("CLASS", d.name()),
                Map.entry("METHOD_NAMES", methods.stream().map(m -> quoted(m.name()))
                        .collect(Collectors.joining(", "))),
                Map.entry("METHOD_PARAMS", methods.stream().map(m -> "new String[] { " + reflectedNames(m.params())
                        + " }").collect(Collectors.joining(", "))),
                Map.entry("METHOD_RETURNS", methods.stream().map(m -> (m.returnsVoid() ? Signature.VOID
                        : rawType(m.returns())) + ".class").collect(Collectors.joining(", "))),
                Map.entry("METHOD_SIGNATURES", methods.stream().map(m -> quoted("public " + (m.returnsVoid()
                        ? Signature.VOID : javaType(m.returns())) + " " + m.name() + "(" + declared(m.params()) + ")"))
                        .collect(Collectors.joining(", "))),
                Map.entry("CONSTRUCTOR_PARAMS", reflectedNames(d.constructorParams())),
                Map.entry("CONSTRUCTOR_SIGNATURE", "public " + d.name() + "(" + declared(d.constructorParams()) + ")"),
                Map.entry("CONSTRUCTOR_READERS", readers(d.constructorParams())),
                Map.entry("READ_CASES", readCases.toString().stripTrailing()),
                Map.entry("WRITE_CASES", writeCases.toString().stripTrailing())));
    }

    private static String readers(List<Signature.Param> params) {
        return params.stream().map(p -> reader(p.type())).collect(Collectors.joining(", "));
    }

    /** The parameters as the learner's code declares them: {@code int[] nums, Map<String, Integer> counts}. */
    private static String declared(List<Signature.Param> params) {
        return params.stream().map(p -> javaType(p.type()) + " " + p.name()).collect(Collectors.joining(", "));
    }

    /** The parameters' types as reflection names them, quoted: {@code "int[]", "java.lang.String"}. */
    private static String reflectedNames(List<Signature.Param> params) {
        return params.stream().map(p -> quoted(reflectedName(p.type()))).collect(Collectors.joining(", "));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /**
     * A type as Java's reflection writes it ({@link java.lang.reflect.Type#getTypeName()}): {@code int[]},
     * {@code java.lang.String}, {@code ListNode}, {@code java.util.Map<java.lang.String, int[]>}.
     */
    static String reflectedName(ValueType type) {
        if (type.isMap()) {
            return "java.util.Map<" + reflectedBoxed(type.key()) + ", " + reflectedBoxed(type.value()) + ">";
        }
        String scalar = type.base() == ValueType.Base.STRING ? "java.lang.String" : javaType(new ValueType(type.base(), 0));
        return scalar + "[]".repeat(type.dims());
    }

    /** A map's key or value type, as reflection names it: its scalars boxed. */
    private static String reflectedBoxed(ValueType type) {
        return type.dims() > 0 ? reflectedName(type) : "java.lang." + boxed(type);
    }

    /** The class of a value of the type, as Java code names it ({@code java.util.Map} for a map): X in X.class. */
    static String rawType(ValueType type) {
        return type.isMap() ? "java.util.Map" : javaType(type);
    }

    /** A scalar's boxed class: Integer, Long, Double, Boolean, String, Character. */
    private static String boxed(ValueType scalar) {
        return switch (scalar.base()) {
            case INT -> "Integer";
            case LONG -> "Long";
            case DOUBLE -> "Double";
            case BOOL -> "Boolean";
            case STRING -> "String";
            case CHAR -> "Character";
            default -> throw new IllegalArgumentException("no boxed class of " + scalar);
        };
    }

    /** A type as the learner's code declares it; a nullable result boxed ({@code int?}: Integer), null for none. */
    static String javaType(ValueType type) {
        if (type.nullable()) {
            return boxed(type);
        }
        if (type.isMap()) {
            ValueType v = type.value();
            return "Map<" + boxed(type.key()) + ", " + (v.dims() > 0 ? javaType(v) : boxed(v)) + ">";
        }
        String scalar = switch (type.base()) {
            case INT -> "int";
            case LONG -> "long";
            case DOUBLE -> "double";
            case BOOL -> "boolean";
            case STRING -> "String";
            case CHAR -> "char";
            case LIST_NODE -> "ListNode";
            case TREE_NODE -> "TreeNode";
            case GRAPH_NODE -> "Node";
            case MAP -> throw new IllegalStateException("a map is handled above");
        };
        return scalar + "[]".repeat(type.dims());
    }

    /** The expression that reads a value of the type from input.txt's tokens. */
    static String reader(ValueType type) {
        if (type.isMap()) {
            return "rMap(" + supplier(type.key()) + ", " + supplier(type.value()) + ")";
        }
        String scalar = switch (type.base()) {
            case INT -> "Int";
            case LONG -> "Long";
            case DOUBLE -> "Double";
            case BOOL -> "Bool";
            case STRING -> "String";
            case CHAR -> "Char";
            case LIST_NODE -> "List";
            case TREE_NODE -> "Tree";
            case GRAPH_NODE -> "Graph";
            case MAP -> throw new IllegalStateException("a map is handled above");
        };
        return "r" + scalar + "Arr".repeat(type.dims()) + "()";
    }

    /** A reader as a method reference ({@code Main::rInt}), for a map's keys and values. */
    private static String supplier(ValueType type) {
        String call = reader(type);
        return "Main::" + call.substring(0, call.length() - 2);
    }

    /**
     * Writes {@code result} (an Object from the reflective call) as JSON into {@code value}; a nullable result (a
     * boxed scalar, or null for none) as the map values are, which writes null as JSON null.
     */
    static String writer(ValueType type) {
        if (type.nullable()) {
            return "wAny(value, result)";
        }
        if (type.isMap()) {
            return "wMap(value, (Map<?, ?>) result)";
        }
        if (type.base() == ValueType.Base.GRAPH_NODE) {
            return "wGraph(value, (Node) result)";
        }
        String cast = type.dims() > 0 || type.base() == ValueType.Base.STRING || type.base().node()
                ? "(" + javaType(type) + ") result"
                : "(" + javaType(type) + ") (" + boxed(type) + ") result";
        return "w(value, " + cast + ")";
    }
}

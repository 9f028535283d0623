package dev.codedrill.lang.java;

import static dev.codedrill.lang.support.Highlighting.ANNOTATION;
import static dev.codedrill.lang.support.Highlighting.BLOCK_COMMENT;
import static dev.codedrill.lang.support.Highlighting.COMMENT;
import static dev.codedrill.lang.support.Highlighting.DQ;
import static dev.codedrill.lang.support.Highlighting.LINE_COMMENT;
import static dev.codedrill.lang.support.Highlighting.NUMBER;
import static dev.codedrill.lang.support.Highlighting.NUMBER_C;
import static dev.codedrill.lang.support.Highlighting.SQ;
import static dev.codedrill.lang.support.Highlighting.STRING;

import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.support.Highlighting;
import dev.codedrill.lang.support.Indenting;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.lang.support.Program;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Java 17. */
public final class JavaSupport implements LanguageSupport {

    private static final Highlighting HIGHLIGHTING = highlightingRules();

    @Override
    public String id() {
        return "java";
    }

    @Override
    public String name() {
        return "Java 17";
    }

    @Override
    public String solutionFile() {
        return "java.java";
    }

    @Override
    public HarnessGenerator harness() {
        return new JavaHarness();
    }

    @Override
    public String functionFile() {
        return JavaHarness.FUNCTION_FILE;
    }

    @Override
    public String stdioFile() {
        return JavaHarness.STDIO_FILE;
    }

    @Override
    public String functionStarter(Signature s) {
        List<ValueType> types = s.types();
        StringBuilder out = new StringBuilder("import java.util.*;\n\n").append(nodeClasses(types));
        // an in-place function returns void; Java's arrays and nodes are references, so changes reach the caller
        return out.append("class Solution {\n    public ")
                .append(s.inPlace() ? Signature.VOID : typeName(s.returns())).append(' ').append(s.name())
                .append('(').append(params(s.params())).append(") {\n        \n    }\n}\n").toString();
    }

    /** The predefined node classes the types use, as comments (LeetCode shows their definitions so). */
    private static String nodeClasses(List<ValueType> types) {
        StringBuilder out = new StringBuilder();
        if (types.stream().anyMatch(t -> t.base() == ValueType.Base.LIST_NODE)) {
            out.append("// class ListNode { int val; ListNode next; ListNode() {} ListNode(int val) { this.val = val; }\n"
                    + "//     ListNode(int val, ListNode next) { this.val = val; this.next = next; } }\n");
        }
        if (types.stream().anyMatch(t -> t.base() == ValueType.Base.TREE_NODE)) {
            out.append("// class TreeNode { int val; TreeNode left; TreeNode right; TreeNode() {} TreeNode(int val)"
                    + " { this.val = val; }\n//     TreeNode(int val, TreeNode left, TreeNode right) { ... } }\n");
        }
        if (types.stream().anyMatch(t -> t.base() == ValueType.Base.GRAPH_NODE)) {
            out.append("// class Node { public int val; public List<Node> neighbors; Node() {...} Node(int val) {...}\n"
                    + "//     Node(int val, ArrayList<Node> neighbors) {...} }\n");
        }
        return out.toString();
    }

    private String params(List<Signature.Param> params) {
        return params.stream().map(p -> typeName(p.type()) + " " + p.name()).collect(Collectors.joining(", "));
    }

    /**
     * LeetCode's shape: the class (not public: it shares Solution.java), its constructor and its methods with empty
     * bodies (a method that returns something returns a default, so that the class compiles as it is), and how it
     * is called.
     */
    @Override
    public String designStarter(DesignClass design) {
        StringBuilder out = new StringBuilder("import java.util.*;\n\n").append(nodeClasses(design.types()))
                .append("class ").append(design.name()).append(" {\n\n    public ").append(design.name()).append('(')
                .append(params(design.constructorParams())).append(") {\n        \n    }\n");
        for (DesignClass.Method m : design.methods()) {
            out.append("\n    public ").append(m.returnsVoid() ? Signature.VOID : typeName(m.returns())).append(' ')
                    .append(m.name()).append('(').append(params(m.params())).append(") {\n        ")
                    .append(m.returnsVoid() ? "" : "return " + defaultValue(m.returns()) + ";").append("\n    }\n");
        }
        out.append("}\n\n/**\n * Your ").append(design.name())
                .append(" object will be instantiated and called as such:\n * ").append(design.name())
                .append(" obj = new ").append(design.name()).append('(').append(names(design.constructorParams()))
                .append(");\n");
        for (int i = 0; i < design.methods().size(); i++) {
            DesignClass.Method m = design.methods().get(i);
            out.append(" * ").append(m.returnsVoid() ? "" : typeName(m.returns()) + " param_" + (i + 1) + " = ")
                    .append("obj.").append(m.name()).append('(').append(names(m.params())).append(");\n");
        }
        return out.append(" */\n").toString();
    }

    private static String names(List<Signature.Param> params) {
        return params.stream().map(Signature.Param::name).collect(Collectors.joining(","));
    }

    /** What a method of the type returns in the starter, so that the class compiles as it is. */
    private static String defaultValue(ValueType type) {
        if (type.dims() > 0 || type.isMap() || type.nullable()) {
            return "null";
        }
        return switch (type.base()) {
            case INT, LONG, DOUBLE -> "0";
            case BOOL -> "false";
            case CHAR -> "'\\0'";
            default -> "null";
        };
    }

    @Override
    public String stdioStarter() {
        return "import java.io.*;\nimport java.util.*;\n\npublic class Main {\n    public static void main(String[] args)"
                + " throws IOException {\n        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n"
                + "        \n    }\n}\n";
    }

    @Override
    public String typeName(ValueType t) {
        return JavaHarness.javaType(t);
    }

    @Override
    public Highlighting highlighting() {
        return HIGHLIGHTING;
    }

    private static Highlighting highlightingRules() {
        Set<String> keywords = Set.of("abstract", "assert", "break", "case", "catch", "class", "const",
                "continue", "default", "do", "else", "enum", "extends", "final", "finally", "for", "goto", "if",
                "implements", "import", "instanceof", "interface", "native", "new", "package", "private",
                "protected", "public", "return", "static", "strictfp", "super", "switch", "synchronized", "this",
                "throw", "throws", "transient", "try", "volatile", "while", "var", "record", "yield", "sealed",
                "permits", "true", "false", "null");
        Set<String> types = Set.of("boolean", "byte", "char", "double", "float", "int", "long", "short", "void");
        String textBlock = "\"\"\"[^\"\\\\]*+(?:(?:\\\\[\\s\\S]|\"(?!\"\"))[^\"\\\\]*+)*+(?:\"\"\"|\\z)";
        return Highlighting.of(
                Highlighting.of(COMMENT, LINE_COMMENT),
                Highlighting.of(COMMENT, BLOCK_COMMENT),
                Highlighting.of(STRING, textBlock),
                Highlighting.of(STRING, DQ + "|" + SQ),
                Highlighting.of(ANNOTATION, "@[A-Za-z_][\\w.]*+"),
                Highlighting.of(NUMBER, NUMBER_C),
                Highlighting.identifiers("[A-Za-z_$][\\w$]*+", keywords, types, true));
    }

    @Override
    public String lineComment() {
        return "//";
    }

    @Override
    public Indenting indenting() {
        return Indenting.BRACES;
    }

    @Override
    public Program hello() {
        return new Program("Main.java",
                "public class Main { public static void main(String[] a) { System.out.println(\"hello\"); } }\n",
                List.of("javac", "-encoding", "UTF-8", "-d", "out", "Main.java"), List.of("java", "-cp", "out", "Main"));
    }

    @Override
    public List<String> versionCommand() {
        return List.of("javac", "-version");
    }

    @Override
    public Optional<WarmRuntime> warmRuntime() {
        return Optional.of(WarmHolder.WARM);
    }

    @Override
    public Optional<WarmRuntime> warmRun() {
        return Optional.of(WarmHolder.RUN);
    }

    /** Made once, on first use: the pool asks at every reset of a warm container. */
    private static final class WarmHolder {
        static final WarmRuntime WARM = JavaHarness.warmCompiler();
        static final WarmRuntime RUN = JavaHarness.warmRun();
    }
}

package dev.codedrill.lang.starter;

import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The code a learner starts from, per language: generated from a function problem's signature (LeetCode style),
 * or a stdin-reading skeleton for stdio problems. A problem may override it with {@code starter/<file>} in its
 * folder (the same file names as {@code solutions/}).
 */
public final class StarterCode {

    /** Override file names in a problem's starter/ folder, by language id. */
    public static final Map<String, String> FILES = Map.of("python", "python.py", "javascript", "javascript.js",
            "java", "java.java", "cpp", "cpp.cpp", "go", "go.go", "php", "php.php");

    private StarterCode() {
    }

    public static String forProblem(Problem problem, String languageId) {
        String file = FILES.get(languageId);
        if (file == null) {
            throw new IllegalArgumentException("unknown language '" + languageId + "'");
        }
        Path override = problem.dir().resolve("starter").resolve(file);
        if (Files.isRegularFile(override)) {
            try {
                return Files.readString(override, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problem.kind() == ProblemKind.FUNCTION ? function(problem.signature(), languageId) : stdio(languageId);
    }

    public static String function(Signature s, String languageId) {
        return switch (languageId) {
            case "python" -> python(s);
            case "javascript" -> javascript(s);
            case "java" -> java(s);
            case "cpp" -> cpp(s);
            case "go" -> go(s);
            case "php" -> php(s);
            default -> throw new IllegalArgumentException("unknown language '" + languageId + "'");
        };
    }

    private static boolean uses(Signature s, ValueType.Base base) {
        return s.returns().base() == base || s.params().stream().anyMatch(p -> p.type().base() == base);
    }

    private static String python(Signature s) {
        StringBuilder out = new StringBuilder();
        if (uses(s, ValueType.Base.LIST_NODE)) {
            out.append("# class ListNode:\n#     def __init__(self, val=0, next=None):\n#         self.val = val\n#         self.next = next\n");
        }
        if (uses(s, ValueType.Base.TREE_NODE)) {
            out.append("# class TreeNode:\n#     def __init__(self, val=0, left=None, right=None):\n#         self.val = val\n"
                    + "#         self.left = left\n#         self.right = right\n");
        }
        String params = s.params().stream().map(p -> ", " + p.name() + ": " + pyType(p.type())).collect(Collectors.joining());
        return out.append("class Solution:\n    def ").append(s.name()).append("(self").append(params).append(") -> ")
                .append(pyType(s.returns())).append(":\n        pass\n").toString();
    }

    private static String pyType(ValueType t) {
        String base = switch (t.base()) {
            case INT, LONG -> "int";
            case DOUBLE -> "float";
            case BOOL -> "bool";
            case STRING -> "str";
            case LIST_NODE -> "Optional[ListNode]";
            case TREE_NODE -> "Optional[TreeNode]";
        };
        return t.dims() == 0 ? base : t.dims() == 1 ? "List[" + base + "]" : "List[List[" + base + "]]";
    }

    private static String javascript(Signature s) {
        StringBuilder out = new StringBuilder();
        if (uses(s, ValueType.Base.LIST_NODE)) {
            out.append("// function ListNode(val, next) { this.val = val ?? 0; this.next = next ?? null; }\n");
        }
        if (uses(s, ValueType.Base.TREE_NODE)) {
            out.append("// function TreeNode(val, left, right) { this.val = val ?? 0; this.left = left ?? null; this.right = right ?? null; }\n");
        }
        out.append("/**\n");
        s.params().forEach(p -> out.append(" * @param {").append(jsType(p.type())).append("} ").append(p.name()).append('\n'));
        out.append(" * @return {").append(jsType(s.returns())).append("}\n */\n");
        return out.append("function ").append(s.name()).append('(')
                .append(s.params().stream().map(Signature.Param::name).collect(Collectors.joining(", ")))
                .append(") {\n    \n}\n").toString();
    }

    private static String jsType(ValueType t) {
        String base = switch (t.base()) {
            case INT, LONG, DOUBLE -> "number";
            case BOOL -> "boolean";
            case STRING -> "string";
            case LIST_NODE -> "ListNode";
            case TREE_NODE -> "TreeNode";
        };
        return base + "[]".repeat(t.dims());
    }

    private static String java(Signature s) {
        StringBuilder out = new StringBuilder("import java.util.*;\n\n");
        if (uses(s, ValueType.Base.LIST_NODE)) {
            out.append("// class ListNode { int val; ListNode next; ListNode() {} ListNode(int val) { this.val = val; }\n"
                    + "//     ListNode(int val, ListNode next) { this.val = val; this.next = next; } }\n");
        }
        if (uses(s, ValueType.Base.TREE_NODE)) {
            out.append("// class TreeNode { int val; TreeNode left; TreeNode right; TreeNode() {} TreeNode(int val) { this.val = val; }\n"
                    + "//     TreeNode(int val, TreeNode left, TreeNode right) { ... } }\n");
        }
        return out.append("class Solution {\n    public ").append(javaType(s.returns())).append(' ').append(s.name()).append('(')
                .append(s.params().stream().map(p -> javaType(p.type()) + " " + p.name()).collect(Collectors.joining(", ")))
                .append(") {\n        \n    }\n}\n").toString();
    }

    private static String javaType(ValueType t) {
        String base = switch (t.base()) {
            case INT -> "int";
            case LONG -> "long";
            case DOUBLE -> "double";
            case BOOL -> "boolean";
            case STRING -> "String";
            case LIST_NODE -> "ListNode";
            case TREE_NODE -> "TreeNode";
        };
        return base + "[]".repeat(t.dims());
    }

    private static String cpp(Signature s) {
        StringBuilder out = new StringBuilder();
        if (uses(s, ValueType.Base.LIST_NODE)) {
            out.append("// struct ListNode { int val; ListNode *next; ListNode() : val(0), next(nullptr) {}\n"
                    + "//     ListNode(int x) : val(x), next(nullptr) {} ListNode(int x, ListNode *next) : val(x), next(next) {} };\n");
        }
        if (uses(s, ValueType.Base.TREE_NODE)) {
            out.append("// struct TreeNode { int val; TreeNode *left; TreeNode *right; TreeNode() : val(0), left(nullptr), right(nullptr) {}\n"
                    + "//     TreeNode(int x) : ... {} TreeNode(int x, TreeNode *left, TreeNode *right) : ... {} };\n");
        }
        return out.append("class Solution {\npublic:\n    ").append(cppType(s.returns(), false)).append(' ').append(s.name())
                .append('(').append(s.params().stream().map(p -> cppType(p.type(), true) + " " + p.name())
                        .collect(Collectors.joining(", ")))
                .append(") {\n        \n    }\n};\n").toString();
    }

    private static String cppType(ValueType t, boolean param) {
        String base = switch (t.base()) {
            case INT -> "int";
            case LONG -> "long long";
            case DOUBLE -> "double";
            case BOOL -> "bool";
            case STRING -> "string";
            case LIST_NODE -> "ListNode*";
            case TREE_NODE -> "TreeNode*";
        };
        String type = base;
        for (int i = 0; i < t.dims(); i++) {
            type = "vector<" + type + ">";
        }
        return param && (t.dims() > 0 || t.base() == ValueType.Base.STRING) ? type + "&" : type;
    }

    private static String go(Signature s) {
        StringBuilder out = new StringBuilder("package main\n\n");
        if (uses(s, ValueType.Base.LIST_NODE)) {
            out.append("// type ListNode struct { Val int; Next *ListNode }\n");
        }
        if (uses(s, ValueType.Base.TREE_NODE)) {
            out.append("// type TreeNode struct { Val int; Left *TreeNode; Right *TreeNode }\n");
        }
        if (out.length() > "package main\n\n".length()) {
            out.append('\n');
        }
        return out.append("func ").append(s.name()).append('(')
                .append(s.params().stream().map(p -> p.name() + " " + goType(p.type())).collect(Collectors.joining(", ")))
                .append(") ").append(goType(s.returns())).append(" {\n    \n}\n").toString();
    }

    private static String goType(ValueType t) {
        String base = switch (t.base()) {
            case INT -> "int";
            case LONG -> "int64";
            case DOUBLE -> "float64";
            case BOOL -> "bool";
            case STRING -> "string";
            case LIST_NODE -> "*ListNode";
            case TREE_NODE -> "*TreeNode";
        };
        return "[]".repeat(t.dims()) + base;
    }

    private static String php(Signature s) {
        StringBuilder out = new StringBuilder("<?php\n\n");
        if (uses(s, ValueType.Base.LIST_NODE)) {
            out.append("// class ListNode { public $val = 0; public $next = null; function __construct($val = 0, $next = null) {...} }\n");
        }
        if (uses(s, ValueType.Base.TREE_NODE)) {
            out.append("// class TreeNode { public $val = 0; public $left = null; public $right = null; function __construct($val = 0, $left = null, $right = null) {...} }\n");
        }
        out.append("class Solution {\n    /**\n");
        s.params().forEach(p -> out.append("     * @param ").append(phpType(p.type())).append(" $").append(p.name()).append('\n'));
        return out.append("     * @return ").append(phpType(s.returns())).append("\n     */\n    function ").append(s.name())
                .append('(').append(s.params().stream().map(p -> "$" + p.name()).collect(Collectors.joining(", ")))
                .append(") {\n        \n    }\n}\n").toString();
    }

    private static String phpType(ValueType t) {
        String base = switch (t.base()) {
            case INT, LONG -> "Integer";
            case DOUBLE -> "Float";
            case BOOL -> "Boolean";
            case STRING -> "String";
            case LIST_NODE -> "ListNode";
            case TREE_NODE -> "TreeNode";
        };
        return base + "[]".repeat(t.dims());
    }

    public static String stdio(String languageId) {
        return switch (languageId) {
            case "python" -> "import sys\n\n\ndef main():\n    data = sys.stdin.read().split()\n    \n\n\nmain()\n";
            case "javascript" -> "const data = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\n\n";
            case "java" -> "import java.io.*;\nimport java.util.*;\n\npublic class Main {\n    public static void main(String[] args)"
                    + " throws IOException {\n        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n"
                    + "        \n    }\n}\n";
            case "cpp" -> "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n"
                    + "    cin.tie(nullptr);\n    \n    return 0;\n}\n";
            case "go" -> "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tin := bufio.NewReader(os.Stdin)\n"
                    + "\tout := bufio.NewWriter(os.Stdout)\n\tdefer out.Flush()\n\t_ = in\n\tfmt.Fprintln(out)\n}\n";
            case "php" -> "<?php\n\n$data = preg_split('/\\s+/', trim(stream_get_contents(STDIN)));\n\n";
            default -> throw new IllegalArgumentException("unknown language '" + languageId + "'");
        };
    }

    /** The languages starter code exists for. */
    public static List<String> languages() {
        return List.of("python", "javascript", "java", "cpp", "go", "php");
    }
}

package dev.codedrill.lang.python;

import static dev.codedrill.lang.support.Highlighting.ANNOTATION;
import static dev.codedrill.lang.support.Highlighting.COMMENT;
import static dev.codedrill.lang.support.Highlighting.DQ;
import static dev.codedrill.lang.support.Highlighting.NUMBER;
import static dev.codedrill.lang.support.Highlighting.NUMBER_C;
import static dev.codedrill.lang.support.Highlighting.SQ;
import static dev.codedrill.lang.support.Highlighting.STRING;

import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.Templates;
import dev.codedrill.lang.support.Highlighting;
import dev.codedrill.lang.support.Indenting;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.lang.support.Program;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Python 3. */
public final class PythonSupport implements LanguageSupport {

    private static final Highlighting HIGHLIGHTING = highlightingRules();

    @Override
    public String id() {
        return "python";
    }

    @Override
    public String name() {
        return "Python 3";
    }

    @Override
    public List<String> aliases() {
        return List.of("py", "python3");
    }

    @Override
    public String solutionFile() {
        return "python.py";
    }

    @Override
    public HarnessGenerator harness() {
        return new PythonHarness();
    }

    @Override
    public String functionFile() {
        return PythonHarness.FUNCTION_FILE;
    }

    @Override
    public String stdioFile() {
        return PythonHarness.STDIO_FILE;
    }

    @Override
    public String functionStarter(Signature s) {
        List<ValueType> types = s.types();
        StringBuilder out = new StringBuilder(nodeClasses(types));
        String params = typedParams(s.params());
        return out.append("class Solution:\n    def ").append(s.name()).append("(self").append(params).append(") -> ")
                .append(s.inPlace() ? "None" : typeName(s.returns())).append(":\n")
                .append(s.inPlace() ? "        # Change " + s.params().get(0).name() + " in place: return nothing\n" : "")
                .append("        pass\n").toString();
    }

    /** The node classes the types use, as comments (the harness defines them), the way LeetCode shows them. */
    private static String nodeClasses(List<ValueType> types) {
        Set<ValueType.Base> bases = types.stream().filter(t -> t != null).map(ValueType::base)
                .collect(Collectors.toSet());
        StringBuilder out = new StringBuilder();
        if (bases.contains(ValueType.Base.LIST_NODE)) {
            out.append("# class ListNode:\n#     def __init__(self, val=0, next=None):\n#         self.val = val\n"
                    + "#         self.next = next\n");
        }
        if (bases.contains(ValueType.Base.TREE_NODE)) {
            out.append("# class TreeNode:\n#     def __init__(self, val=0, left=None, right=None):\n"
                    + "#         self.val = val\n#         self.left = left\n#         self.right = right\n");
        }
        if (bases.contains(ValueType.Base.GRAPH_NODE)) {
            out.append("# class Node:\n#     def __init__(self, val=0, neighbors=None):\n#         self.val = val\n"
                    + "#         self.neighbors = neighbors if neighbors is not None else []\n");
        }
        return out.toString();
    }

    /**
     * LeetCode's shape: {@code class LRUCache:}, {@code def __init__(self, capacity: int):}, then each method with its
     * types ({@code -> None} when it returns nothing), the bodies {@code pass}; and how the judge calls them.
     */
    @Override
    public String designStarter(DesignClass design) {
        StringBuilder out = new StringBuilder(nodeClasses(design.types()));
        out.append("class ").append(design.name()).append(":\n\n    def __init__(self")
                .append(typedParams(design.constructorParams())).append("):\n        pass\n");
        for (DesignClass.Method m : design.methods()) {
            out.append("\n    def ").append(m.name()).append("(self").append(typedParams(m.params())).append(") -> ")
                    .append(m.returnsVoid() ? "None" : typeName(m.returns())).append(":\n        pass\n");
        }
        String obj = design.constructorParams().stream().map(Signature.Param::name).collect(Collectors.joining(", "));
        out.append("\n\n# Your ").append(design.name())
                .append(" object will be instantiated and called as such:\n# obj = ").append(design.name())
                .append('(').append(obj).append(")\n");
        int n = 1;
        for (DesignClass.Method m : design.methods()) {
            String args = m.params().stream().map(Signature.Param::name).collect(Collectors.joining(","));
            out.append("# ").append(m.returnsVoid() ? "" : "param_" + n + " = ").append("obj.").append(m.name())
                    .append('(').append(args).append(")\n");
            n++;
        }
        return out.toString();
    }

    private String typedParams(List<Signature.Param> params) {
        return params.stream().map(p -> ", " + p.name() + ": " + typeName(p.type())).collect(Collectors.joining());
    }

    @Override
    public String stdioStarter() {
        return "import sys\n\n\ndef main():\n    data = sys.stdin.read().split()\n    \n\n\nmain()\n";
    }

    @Override
    public String typeName(ValueType t) {
        String base = switch (t.base()) {
            case INT, LONG -> "int";
            case DOUBLE -> "float";
            case BOOL -> "bool";
            case STRING, CHAR -> "str";
            case LIST_NODE -> "Optional[ListNode]";
            case TREE_NODE -> "Optional[TreeNode]";
            case GRAPH_NODE -> "Optional['Node']";
            case MAP -> "Dict[" + typeName(t.key()) + ", " + typeName(t.value()) + "]";
        };
        if (t.nullable()) {
            return "Optional[" + base + "]";
        }
        return t.dims() == 0 ? base : t.dims() == 1 ? "List[" + base + "]" : "List[List[" + base + "]]";
    }

    @Override
    public Highlighting highlighting() {
        return HIGHLIGHTING;
    }

    private static Highlighting highlightingRules() {
        Set<String> keywords = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
                "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
                "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
                "while", "with", "yield", "self", "cls");
        Set<String> types = Set.of("int", "float", "str", "bool", "bytes", "list", "dict", "set", "frozenset",
                "tuple", "object", "complex", "range", "type");
        String prefix = "(?:[rRbBuUfF]{1,2})?";
        String triple = prefix + "(?:\"\"\"[^\"\\\\]*+(?:(?:\\\\[\\s\\S]|\"(?!\"\"))[^\"\\\\]*+)*+(?:\"\"\"|\\z)"
                + "|'''[^'\\\\]*+(?:(?:\\\\[\\s\\S]|'(?!''))[^'\\\\]*+)*+(?:'''|\\z))";
        return Highlighting.of(
                Highlighting.of(COMMENT, "#[^\\n]*+"),
                Highlighting.of(STRING, triple),
                Highlighting.of(STRING, prefix + "(?:" + DQ + "|" + SQ + ")"),
                Highlighting.of(ANNOTATION, "@" + "[A-Za-z_][\\w.]*+"),
                Highlighting.of(NUMBER, NUMBER_C),
                Highlighting.identifiers("[A-Za-z_]\\w*+", keywords, types, true));
    }

    @Override
    public String lineComment() {
        return "#";
    }

    @Override
    public Indenting indenting() {
        return new Indenting("{([:", '#');
    }

    @Override
    public Program hello() {
        return new Program("solution.py", "print('hello')\n", List.of(), List.of("python3", "solution.py"));
    }

    @Override
    public Optional<WarmRuntime> warmRuntime() {
        return Optional.of(WarmHolder.WARM);
    }

    /** Made once, on first use: the pool asks at every reset of a warm container. */
    private static final class WarmHolder {
        static final WarmRuntime WARM = new WarmRuntime(PythonHarness.FUNCTION_RUN,
                List.of("python3", "-u", "-c", Templates.load(PythonSupport.class, "python_warm.py", Map.of())));
    }

    @Override
    public List<String> versionCommand() {
        return List.of("python3", "--version");
    }
}

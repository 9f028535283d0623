package dev.codedrill.lang.php;

import static dev.codedrill.lang.support.Highlighting.ANNOTATION;
import static dev.codedrill.lang.support.Highlighting.BLOCK_COMMENT;
import static dev.codedrill.lang.support.Highlighting.COMMENT;
import static dev.codedrill.lang.support.Highlighting.DQ;
import static dev.codedrill.lang.support.Highlighting.NUMBER;
import static dev.codedrill.lang.support.Highlighting.NUMBER_C;
import static dev.codedrill.lang.support.Highlighting.PREPROCESSOR;
import static dev.codedrill.lang.support.Highlighting.SQ;
import static dev.codedrill.lang.support.Highlighting.STRING;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.support.Highlighting;
import dev.codedrill.lang.support.Indenting;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.lang.support.Program;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;
import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.harness.Templates;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** PHP 8. */
public final class PhpSupport implements LanguageSupport {

    private static final Highlighting HIGHLIGHTING = highlightingRules();

    @Override
    public String id() {
        return "php";
    }

    @Override
    public String name() {
        return "PHP 8";
    }

    @Override
    public String solutionFile() {
        return "php.php";
    }

    @Override
    public HarnessGenerator harness() {
        return new PhpHarness();
    }

    @Override
    public String functionFile() {
        return PhpHarness.FUNCTION_FILE;
    }

    @Override
    public String stdioFile() {
        return PhpHarness.STDIO_FILE;
    }

    @Override
    public String functionStarter(Signature s) {
        List<ValueType> types = s.types();
        StringBuilder out = new StringBuilder("<?php\n\n").append(nodeClasses(types));
        out.append("class Solution {\n    /**\n");
        s.params().forEach(p -> out.append("     * @param ").append(typeName(p.type())).append(" $").append(p.name())
                .append('\n'));
        // an in-place function takes its first argument by reference (&$matrix), so that its changes reach the caller
        return out.append("     * @return ").append(s.inPlace() ? "NULL" : typeName(s.returns()))
                .append("\n     */\n    function ").append(s.name()).append('(')
                .append(IntStream.range(0, s.params().size())
                        .mapToObj(i -> (i == 0 && s.inPlace() ? "&$" : "$") + s.params().get(i).name())
                        .collect(Collectors.joining(", ")))
                .append(") {\n        ")
                .append(s.inPlace() ? "// Change $" + s.params().get(0).name() + " in place: return nothing\n        " : "")
                .append("\n    }\n}\n").toString();
    }

    /** The predefined node classes the types use, as comments (LeetCode shows their definitions so). */
    private static String nodeClasses(List<ValueType> types) {
        StringBuilder out = new StringBuilder();
        if (types.stream().anyMatch(t -> t.base() == ValueType.Base.LIST_NODE)) {
            out.append("// class ListNode { public $val = 0; public $next = null; function __construct($val = 0,"
                    + " $next = null) {...} }\n");
        }
        if (types.stream().anyMatch(t -> t.base() == ValueType.Base.TREE_NODE)) {
            out.append("// class TreeNode { public $val = 0; public $left = null; public $right = null;"
                    + " function __construct($val = 0, $left = null, $right = null) {...} }\n");
        }
        if (types.stream().anyMatch(t -> t.base() == ValueType.Base.GRAPH_NODE)) {
            out.append("// class Node { public $val; public $neighbors; function __construct($val = 0) {"
                    + " $this->val = $val; $this->neighbors = array(); } }\n");
        }
        return out.toString();
    }

    /**
     * LeetCode's shape: the class with its constructor and its methods, each with a doc comment of its types, and how
     * it is called.
     */
    @Override
    public String designStarter(DesignClass design) {
        StringBuilder out = new StringBuilder("<?php\n\n").append(nodeClasses(design.types()))
                .append("class ").append(design.name()).append(" {\n");
        out.append(docComment(design.constructorParams(), null, false))
                .append("    function __construct(").append(params(design.constructorParams())).append(") {\n        \n    }\n");
        for (DesignClass.Method m : design.methods()) {
            out.append('\n').append(docComment(m.params(), m.returns(), true))
                    .append("    function ").append(m.name()).append('(').append(params(m.params()))
                    .append(") {\n        \n    }\n");
        }
        out.append("}\n\n/**\n * Your ").append(design.name())
                .append(" object will be instantiated and called as such:\n * $obj = new ").append(design.name())
                .append('(').append(params(design.constructorParams())).append(");\n");
        for (int i = 0; i < design.methods().size(); i++) {
            DesignClass.Method m = design.methods().get(i);
            out.append(" * ").append(m.returnsVoid() ? "" : "$ret_" + (i + 1) + " = ").append("$obj->")
                    .append(m.name()).append('(').append(params(m.params())).append(");\n");
        }
        return out.append(" */\n").toString();
    }

    /** A method's doc comment: its parameters' types and (unless a constructor's) its return type, NULL for void. */
    private String docComment(List<Signature.Param> params, ValueType returns, boolean method) {
        if (params.isEmpty() && !method) {
            return "";
        }
        StringBuilder out = new StringBuilder("    /**\n");
        params.forEach(p -> out.append("     * @param ").append(typeName(p.type())).append(" $").append(p.name())
                .append('\n'));
        if (method) {
            out.append("     * @return ").append(returns == null ? "NULL" : typeName(returns)).append('\n');
        }
        return out.append("     */\n").toString();
    }

    private static String params(List<Signature.Param> params) {
        return params.stream().map(p -> "$" + p.name()).collect(Collectors.joining(", "));
    }

    @Override
    public String stdioStarter() {
        return "<?php\n\n$data = preg_split('/\\s+/', trim(stream_get_contents(STDIN)));\n\n";
    }

    @Override
    public String typeName(ValueType t) {
        String base = switch (t.base()) {
            case INT, LONG -> "Integer";
            case DOUBLE -> "Float";
            case BOOL -> "Boolean";
            case STRING -> "String";
            // a string of one character: LeetCode's PHP has no char type
            case CHAR -> "String";
            case LIST_NODE -> "ListNode";
            case TREE_NODE -> "TreeNode";
            case GRAPH_NODE -> "Node";
            // an associative array, its key and value types as PHPDoc writes a generic array's
            case MAP -> "array<" + typeName(t.key()) + ", " + typeName(t.value()) + ">";
        };
        if (t.nullable()) {
            return base + "|null";
        }
        return base + "[]".repeat(t.dims());
    }

    @Override
    public Highlighting highlighting() {
        return HIGHLIGHTING;
    }

    private static Highlighting highlightingRules() {
        Set<String> keywords = Set.of("abstract", "and", "array", "as", "break", "callable", "case", "catch",
                "class", "clone", "const", "continue", "declare", "default", "do", "echo", "else", "elseif",
                "empty", "enddeclare", "endfor", "endforeach", "endif", "endswitch", "endwhile", "enum", "extends",
                "final", "finally", "fn", "for", "foreach", "function", "global", "goto", "if", "implements",
                "include", "include_once", "instanceof", "insteadof", "interface", "isset", "list", "match",
                "namespace", "new", "or", "print", "private", "protected", "public", "readonly", "require",
                "require_once", "return", "static", "switch", "throw", "trait", "try", "unset", "use", "var",
                "while", "xor", "yield", "true", "false", "null", "self", "parent", "$this");
        Set<String> types = Set.of("int", "float", "string", "bool", "void", "mixed", "object", "iterable",
                "never", "integer", "double", "boolean");
        String heredoc = "<<<[ \\t]*+(?<hdQuote>[\"']?)(?<hdLabel>[A-Za-z_]\\w*+)\\k<hdQuote>[\\s\\S]*?"
                + "(?:\\R[ \\t]*+\\k<hdLabel>\\b|\\z)";
        return Highlighting.of(
                Highlighting.of(PREPROCESSOR, "<\\?(?:php\\b|=)?|\\?>"),
                Highlighting.of(ANNOTATION, "#\\[[^\\]\\n]*+\\]?"),
                Highlighting.of(COMMENT, "(?://|#)[^\\n]*+"),
                Highlighting.of(COMMENT, BLOCK_COMMENT),
                Highlighting.of(STRING, heredoc),
                Highlighting.of(STRING, DQ + "|" + SQ),
                Highlighting.of(NUMBER, NUMBER_C),
                // Keywords are case-insensitive in PHP; a $variable named like one is still a variable.
                Highlighting.caseInsensitiveIdentifiers("\\$?[A-Za-z_]\\w*+", keywords, types, "$"));
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
        return new Program("solution.php", "<?php echo \"hello\\n\";\n", List.of(), List.of("php", "solution.php"));
    }

    @Override
    public Optional<WarmRuntime> warmRuntime() {
        return Optional.of(WarmHolder.WARM);
    }

    /** Made once, on first use: the pool asks at every reset of a warm container. */
    private static final class WarmHolder {
        static final WarmRuntime WARM = new WarmRuntime(PhpHarness.WARM_SERVES, List.of("php", "-r",
                Templates.load(PhpSupport.class, "php_warm.php", Map.of())));
    }

    @Override
    public List<String> versionCommand() {
        return List.of("php", "--version");
    }
}

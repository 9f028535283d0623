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
import dev.codedrill.lang.support.Starters;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;
import java.util.List;
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
        StringBuilder out = new StringBuilder("<?php\n\n");
        if (Starters.uses(s, ValueType.Base.LIST_NODE)) {
            out.append("// class ListNode { public $val = 0; public $next = null; function __construct($val = 0,"
                    + " $next = null) {...} }\n");
        }
        if (Starters.uses(s, ValueType.Base.TREE_NODE)) {
            out.append("// class TreeNode { public $val = 0; public $left = null; public $right = null;"
                    + " function __construct($val = 0, $left = null, $right = null) {...} }\n");
        }
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

    @Override
    public String designStarter(DesignClass design) {
        throw new UnsupportedOperationException("PENDING: design starter"); // PENDING: replaced by the language's own
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
            case LIST_NODE -> "ListNode";
            case TREE_NODE -> "TreeNode";
            default -> throw new UnsupportedOperationException("PENDING: " + t.base());
        };
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
    public List<String> versionCommand() {
        return List.of("php", "--version");
    }
}

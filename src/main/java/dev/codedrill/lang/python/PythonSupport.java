package dev.codedrill.lang.python;

import static dev.codedrill.lang.support.Highlighting.ANNOTATION;
import static dev.codedrill.lang.support.Highlighting.COMMENT;
import static dev.codedrill.lang.support.Highlighting.DQ;
import static dev.codedrill.lang.support.Highlighting.NUMBER;
import static dev.codedrill.lang.support.Highlighting.NUMBER_C;
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
        StringBuilder out = new StringBuilder();
        if (Starters.uses(s, ValueType.Base.LIST_NODE)) {
            out.append("# class ListNode:\n#     def __init__(self, val=0, next=None):\n#         self.val = val\n"
                    + "#         self.next = next\n");
        }
        if (Starters.uses(s, ValueType.Base.TREE_NODE)) {
            out.append("# class TreeNode:\n#     def __init__(self, val=0, left=None, right=None):\n"
                    + "#         self.val = val\n#         self.left = left\n#         self.right = right\n");
        }
        String params = s.params().stream().map(p -> ", " + p.name() + ": " + typeName(p.type()))
                .collect(Collectors.joining());
        return out.append("class Solution:\n    def ").append(s.name()).append("(self").append(params).append(") -> ")
                .append(s.inPlace() ? "None" : typeName(s.returns())).append(":\n")
                .append(s.inPlace() ? "        # Change " + s.params().get(0).name() + " in place: return nothing\n" : "")
                .append("        pass\n").toString();
    }

    @Override
    public String designStarter(DesignClass design) {
        throw new UnsupportedOperationException("PENDING: design starter"); // PENDING: replaced by the language's own
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
            case STRING -> "str";
            case LIST_NODE -> "Optional[ListNode]";
            case TREE_NODE -> "Optional[TreeNode]";
            default -> throw new UnsupportedOperationException("PENDING: " + t.base());
        };
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
    public List<String> versionCommand() {
        return List.of("python3", "--version");
    }
}

package dev.codedrill.lang.go;

import static dev.codedrill.lang.support.Highlighting.BLOCK_COMMENT;
import static dev.codedrill.lang.support.Highlighting.COMMENT;
import static dev.codedrill.lang.support.Highlighting.DQ;
import static dev.codedrill.lang.support.Highlighting.LINE_COMMENT;
import static dev.codedrill.lang.support.Highlighting.NUMBER;
import static dev.codedrill.lang.support.Highlighting.NUMBER_C;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Go. */
public final class GoSupport implements LanguageSupport {

    private static final Highlighting HIGHLIGHTING = highlightingRules();
    /**
     * Builds a program that imports what the harness imports once in each new warm container, as the sandbox user: the
     * build cache (in /cache) then holds those packages, and a submission's first build is seconds faster.
     */
    private static final String PRIME = "cd /tmp && printf 'package main\\nimport (\\n\\t\"fmt\"\\n\\t_ \"encoding/hex\"\\n"
            + "\\t_ \"encoding/json\"\\n\\t_ \"math\"\\n\\t_ \"reflect\"\\n\\t_ \"runtime/debug\"\\n\\t_ \"sort\"\\n"
            + "\\t_ \"strconv\"\\n\\t_ \"strings\"\\n\\t_ \"sync\"\\n\\t_ \"time\"\\n)\\nfunc main() { fmt.Println(\"ok\") }\\n'"
            + " > prime.go && go build '-ldflags=-s -w' -o prime prime.go && ./prime";

    @Override
    public String id() {
        return "go";
    }

    @Override
    public String name() {
        return "Go";
    }

    @Override
    public List<String> aliases() {
        return List.of("golang");
    }

    @Override
    public String solutionFile() {
        return "go.go";
    }

    @Override
    public HarnessGenerator harness() {
        return new GoHarness();
    }

    @Override
    public String functionFile() {
        return GoHarness.FUNCTION_FILE;
    }

    @Override
    public String stdioFile() {
        return GoHarness.STDIO_FILE;
    }

    @Override
    public String functionStarter(Signature s) {
        List<ValueType> types = s.types();
        return new StringBuilder("package main\n\n").append(predefined(types)).append("func ").append(s.name())
                .append('(').append(GoHarness.params(s.params()))
                // an in-place function has no result: it changes its first argument (a slice or a node pointer)
                .append(s.inPlace() ? ")" : ") " + typeName(s.returns())).append(" {\n    \n}\n").toString();
    }

    /** The predefined node types the code uses, as comments (LeetCode's), each on a line, then an empty line. */
    private static String predefined(List<ValueType> types) {
        StringBuilder out = new StringBuilder();
        if (uses(types, ValueType.Base.LIST_NODE)) {
            out.append("// type ListNode struct { Val int; Next *ListNode }\n");
        }
        if (uses(types, ValueType.Base.TREE_NODE)) {
            out.append("// type TreeNode struct { Val int; Left *TreeNode; Right *TreeNode }\n");
        }
        if (uses(types, ValueType.Base.GRAPH_NODE)) {
            out.append("// type Node struct { Val int; Neighbors []*Node }\n");
        }
        return out.isEmpty() ? "" : out.append('\n').toString();
    }

    private static boolean uses(List<ValueType> types, ValueType.Base base) {
        return types.stream().anyMatch(t -> t.base() == base);
    }

    /**
     * LeetCode's Go shape of a design problem: the type, {@code func Constructor(...) TYPE} and a method with an
     * exported (capitalised) name on {@code *TYPE} for each of the class's methods, then how they are called.
     */
    @Override
    public String designStarter(DesignClass design) {
        String type = design.name();
        StringBuilder out = new StringBuilder("package main\n\n").append(predefined(design.types()));
        out.append("type ").append(type).append(" struct {\n    \n}\n\n");
        out.append(GoHarness.constructorHeader(design)).append(" {\n    \n}\n");
        for (DesignClass.Method m : design.methods()) {
            out.append("\nfunc (this *").append(type).append(") ").append(GoHarness.exported(m.name())).append('(')
                    .append(GoHarness.params(m.params())).append(')')
                    .append(m.returnsVoid() ? "" : " " + typeName(m.returns())).append(" {\n    \n}\n");
        }
        out.append("\n/**\n * Your ").append(type).append(" object will be instantiated and called as such:\n")
                .append(" * obj := Constructor(").append(names(design.constructorParams())).append(");\n");
        for (int i = 0; i < design.methods().size(); i++) {
            DesignClass.Method m = design.methods().get(i);
            out.append(" * ").append(m.returnsVoid() ? "" : "param_" + (i + 1) + " := ").append("obj.")
                    .append(GoHarness.exported(m.name())).append('(').append(names(m.params())).append(");\n");
        }
        return out.append(" */\n").toString();
    }

    private static String names(List<Signature.Param> params) {
        return params.stream().map(Signature.Param::name).collect(Collectors.joining(", "));
    }

    @Override
    public String stdioStarter() {
        return "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tin := bufio.NewReader(os.Stdin)\n"
                + "\tout := bufio.NewWriter(os.Stdout)\n\tdefer out.Flush()\n\t_ = in\n\tfmt.Fprintln(out)\n}\n";
    }

    @Override
    public String typeName(ValueType t) {
        return GoHarness.goType(t);
    }

    @Override
    public Highlighting highlighting() {
        return HIGHLIGHTING;
    }

    private static Highlighting highlightingRules() {
        Set<String> keywords = Set.of("break", "case", "chan", "const", "continue", "default", "defer", "else",
                "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
                "return", "select", "struct", "switch", "type", "var", "nil", "true", "false", "iota");
        Set<String> types = Set.of("bool", "byte", "complex64", "complex128", "error", "float32", "float64",
                "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32",
                "uint64", "uintptr", "any");
        return Highlighting.of(
                Highlighting.of(COMMENT, LINE_COMMENT),
                Highlighting.of(COMMENT, BLOCK_COMMENT),
                Highlighting.of(STRING, "`[^`]*+`?"),
                Highlighting.of(STRING, DQ + "|" + SQ),
                Highlighting.of(NUMBER, NUMBER_C),
                // Capitalised names are exported identifiers in Go (fmt.Println), not types: only the set counts.
                Highlighting.identifiers("[A-Za-z_]\\w*+", keywords, types, false));
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
        return new Program("main.go", "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n",
                List.of("go", "build", "-o", "solution", "main.go"), List.of("./solution"));
    }

    @Override
    public List<String> versionCommand() {
        return List.of("go", "version");
    }

    @Override
    public List<String> poolInit() {
        return List.of(PRIME);
    }
}

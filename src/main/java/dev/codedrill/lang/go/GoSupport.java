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
import dev.codedrill.lang.support.Starters;
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
        StringBuilder out = new StringBuilder("package main\n\n");
        if (Starters.uses(s, ValueType.Base.LIST_NODE)) {
            out.append("// type ListNode struct { Val int; Next *ListNode }\n");
        }
        if (Starters.uses(s, ValueType.Base.TREE_NODE)) {
            out.append("// type TreeNode struct { Val int; Left *TreeNode; Right *TreeNode }\n");
        }
        if (out.length() > "package main\n\n".length()) {
            out.append('\n');
        }
        return out.append("func ").append(s.name()).append('(')
                .append(s.params().stream().map(p -> p.name() + " " + typeName(p.type()))
                        .collect(Collectors.joining(", ")))
                // an in-place function has no result: it changes its first argument (a slice or a node pointer)
                .append(s.inPlace() ? ")" : ") " + typeName(s.returns())).append(" {\n    \n}\n").toString();
    }

    @Override
    public String designStarter(DesignClass design) {
        throw new UnsupportedOperationException("PENDING: design starter"); // PENDING: replaced by the language's own
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

package dev.codedrill.lang.javascript;

import static dev.codedrill.lang.support.Highlighting.BLOCK_COMMENT;
import static dev.codedrill.lang.support.Highlighting.COMMENT;
import static dev.codedrill.lang.support.Highlighting.DQ;
import static dev.codedrill.lang.support.Highlighting.IDENT;
import static dev.codedrill.lang.support.Highlighting.LINE_COMMENT;
import static dev.codedrill.lang.support.Highlighting.NUMBER;
import static dev.codedrill.lang.support.Highlighting.NUMBER_C;
import static dev.codedrill.lang.support.Highlighting.SQ;
import static dev.codedrill.lang.support.Highlighting.STRING;

import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.Templates;
import dev.codedrill.problem.ProblemLoader;
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

/** JavaScript on Node.js. */
public final class JavaScriptSupport implements LanguageSupport {

    private static final Highlighting HIGHLIGHTING = highlightingRules();

    @Override
    public String id() {
        return "javascript";
    }

    @Override
    public String name() {
        return "JavaScript (Node.js)";
    }

    @Override
    public List<String> aliases() {
        return List.of("js", "node");
    }

    @Override
    public String solutionFile() {
        return "javascript.js";
    }

    @Override
    public HarnessGenerator harness() {
        return new JavaScriptHarness();
    }

    @Override
    public String functionFile() {
        return JavaScriptHarness.FUNCTION_FILE;
    }

    @Override
    public String stdioFile() {
        return JavaScriptHarness.STDIO_FILE;
    }

    @Override
    public String functionStarter(Signature s) {
        List<ValueType> types = s.types();
        StringBuilder out = new StringBuilder(nodeClasses(types));
        out.append("/**\n");
        s.params().forEach(p -> out.append(" * @param {").append(typeName(p.type())).append("} ").append(p.name())
                .append('\n'));
        out.append(" * @return {").append(s.inPlace() ? "void" : typeName(s.returns())).append("}\n */\n");
        return out.append("function ").append(s.name()).append('(')
                .append(s.params().stream().map(Signature.Param::name).collect(Collectors.joining(", ")))
                .append(") {\n    ")
                .append(s.inPlace() ? "// Change " + s.params().get(0).name() + " in place: return nothing\n    " : "")
                .append("\n}\n").toString();
    }

    /** The node classes the types use, as comments (the harness defines them). */
    private static String nodeClasses(List<ValueType> types) {
        Set<ValueType.Base> bases = types.stream().filter(t -> t != null).map(ValueType::base)
                .collect(Collectors.toSet());
        StringBuilder out = new StringBuilder();
        if (bases.contains(ValueType.Base.LIST_NODE)) {
            out.append("// function ListNode(val, next) { this.val = val ?? 0; this.next = next ?? null; }\n");
        }
        if (bases.contains(ValueType.Base.TREE_NODE)) {
            out.append("// function TreeNode(val, left, right) { this.val = val ?? 0; this.left = left ?? null;"
                    + " this.right = right ?? null; }\n");
        }
        if (bases.contains(ValueType.Base.GRAPH_NODE)) {
            out.append("// function Node(val, neighbors) { this.val = val ?? 0; this.neighbors = neighbors ?? []; }\n");
        }
        return out.toString();
    }

    /**
     * {@code class LRUCache { constructor(capacity) {} get(key) {} put(key, value) {} }}, each with its JSDoc types, and
     * how the judge calls them.
     */
    @Override
    public String designStarter(DesignClass design) {
        StringBuilder out = new StringBuilder(nodeClasses(design.types()));
        out.append("class ").append(design.name()).append(" {\n");
        jsDoc(out, design.constructorParams(), null);
        out.append("    constructor(").append(names(design.constructorParams(), ", ")).append(") {\n        \n    }\n");
        for (DesignClass.Method m : design.methods()) {
            out.append('\n');
            jsDoc(out, m.params(), m.returnsVoid() ? "void" : typeName(m.returns()));
            out.append("    ").append(m.name()).append('(').append(names(m.params(), ", ")).append(") {\n        \n    }\n");
        }
        out.append("}\n\n/**\n * Your ").append(design.name())
                .append(" object will be instantiated and called as such:\n * var obj = new ").append(design.name())
                .append('(').append(names(design.constructorParams(), ", ")).append(")\n");
        int n = 1;
        for (DesignClass.Method m : design.methods()) {
            out.append(" * ").append(m.returnsVoid() ? "" : "var param_" + n + " = ").append("obj.").append(m.name())
                    .append('(').append(names(m.params(), ",")).append(")\n");
            n++;
        }
        return out.append(" */\n").toString();
    }

    private void jsDoc(StringBuilder out, List<Signature.Param> params, String returns) {
        if (params.isEmpty() && returns == null) {
            return;
        }
        out.append("    /**\n");
        params.forEach(p -> out.append("     * @param {").append(typeName(p.type())).append("} ").append(p.name())
                .append('\n'));
        if (returns != null) {
            out.append("     * @return {").append(returns).append("}\n");
        }
        out.append("     */\n");
    }

    private static String names(List<Signature.Param> params, String separator) {
        return params.stream().map(Signature.Param::name).collect(Collectors.joining(separator));
    }

    @Override
    public String stdioStarter() {
        return "const data = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\n\n";
    }

    @Override
    public String typeName(ValueType t) {
        String base = switch (t.base()) {
            case INT, LONG, DOUBLE -> "number";
            case BOOL -> "boolean";
            case STRING -> "string";
            // a string of one character, as LeetCode's JSDoc calls it
            case CHAR -> "character";
            case LIST_NODE -> "ListNode";
            case TREE_NODE -> "TreeNode";
            case GRAPH_NODE -> "Node";
            // a parameter is a plain object (int keys are its property names); a returned map may also be a Map
            case MAP -> "Object<" + typeName(t.key()) + ", " + typeName(t.value()) + ">";
        };
        if (t.nullable()) {
            return base + "|null"; // a result with no value is null (undefined is taken as null too)
        }
        return base + "[]".repeat(t.dims());
    }

    @Override
    public Highlighting highlighting() {
        return HIGHLIGHTING;
    }

    private static Highlighting highlightingRules() {
        Set<String> keywords = Set.of("break", "case", "catch", "class", "const", "continue", "debugger",
                "default", "delete", "do", "else", "export", "extends", "finally", "for", "function", "if",
                "import", "in", "instanceof", "let", "new", "return", "super", "switch", "this", "throw", "try",
                "typeof", "var", "void", "while", "with", "yield", "async", "await", "static", "null",
                "undefined", "true", "false", "NaN", "Infinity", "of");
        // The whole template literal is one string, ${…} included: nesting needs a parser, not a pattern.
        String template = "`[^`\\\\]*+(?:\\\\[\\s\\S][^`\\\\]*+)*+`?";
        // A slash starts a regular expression only where a value is expected; elsewhere it divides.
        String regexLiteral = "(?<=(?:(?m:^)|[(,=:\\[!&|?{};+\\-*%<>~^])[ \\t]{0,40})/(?![*/])"
                + "(?:[^/\\\\\\[\\n]|\\\\.|\\[(?:[^\\]\\\\\\n]|\\\\.)*+\\])++/[dgimsuyv]*+";
        return Highlighting.of(
                Highlighting.of(COMMENT, LINE_COMMENT),
                Highlighting.of(COMMENT, BLOCK_COMMENT),
                Highlighting.of(STRING, template),
                Highlighting.of(STRING, DQ + "|" + SQ),
                Highlighting.of(STRING, regexLiteral),
                Highlighting.of(NUMBER, NUMBER_C),
                Highlighting.identifiers(IDENT, keywords, Set.of(), true));
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
        return new Program("solution.js", "console.log('hello');\n", List.of(), List.of("node", "solution.js"));
    }

    @Override
    public Optional<WarmRuntime> warmRuntime() {
        return Optional.of(WarmHolder.WARM);
    }

    /** Made once, on first use: the pool asks at every reset of a warm container. */
    private static final class WarmHolder {
        static final WarmRuntime WARM = new WarmRuntime(JavaScriptHarness.FUNCTION_NODE, List.of("node", "-e",
                Templates.load(JavaScriptSupport.class, "javascript_warm.js", Map.of(
                        "HEAP_MB", Integer.toString(JavaScriptHarness.heapMb(ProblemLoader.DEFAULT_MEMORY_LIMIT_MB)),
                        "STACK_MB", Integer.toString(JavaScriptHarness.WORKER_STACK_MB)))));
    }

    @Override
    public List<String> versionCommand() {
        return List.of("node", "--version");
    }
}
